%% Protects {case_clause,V} when no case clause matches.
-module(exc_case_clause).
-export([start/0, id/1]).

id(X) -> X.

pick(X) ->
    case X of
        a -> 1;
        {b, N} when N > 0 -> N
    end.

start() ->
    [try pick(?MODULE:id(V)) catch error:R -> R end || V <- [a, {b, 2}, {b, -1}, c, [x]]].
