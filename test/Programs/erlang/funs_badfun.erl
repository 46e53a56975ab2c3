%% Protects {badfun,T} when a non-fun term is called like a fun.
-module(funs_badfun).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    [try (?MODULE:id(T))(1) catch error:R -> R end
     || T <- [42, foo, {lists, reverse}, [], <<"f">>, #{}]]
        ++ [try apply(?MODULE:id(3), []) catch error:R2 -> R2 end].
