%% Protects {try_clause,V} when the value of a try ... of matches no clause.
-module(exc_try_clause).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    [try
         try ?MODULE:id(V) of
             ok -> fine;
             {ok, N} when is_integer(N) -> N
         catch
             throw:_ -> not_reached
         end
     catch error:R -> R
     end || V <- [ok, {ok, 3}, {ok, x}, error]].
