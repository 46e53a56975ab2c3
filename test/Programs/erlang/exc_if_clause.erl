%% Protects if_clause when no if branch's guard holds.
-module(exc_if_clause).
-export([start/0, id/1]).

id(X) -> X.

sign(X) ->
    if X > 0 -> pos;
       X < 0 -> neg
    end.

start() ->
    [try sign(?MODULE:id(V)) catch error:R -> R end || V <- [5, -5, 0, 0.0]].
