%% Protects {badmatch,V} for failed = matches of every kind of term.
-module(exc_badmatch).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    [try {ok, _} = ?MODULE:id(V) catch error:R -> R end
     || V <- [error, {ok}, {ok, 1, 2}, [ok], <<"ok">>, 3.5, #{ok => 1}]]
        ++ [try [_, _] = ?MODULE:id([1]) catch error:R2 -> R2 end,
            try <<_:16>> = ?MODULE:id(<<1>>) catch error:R3 -> R3 end,
            try 1 = ?MODULE:id(1.0) catch error:R4 -> R4 end].
