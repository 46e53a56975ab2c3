%% Protects erlang:min/max across types and the choice between equal int/float arguments.
-module(compare_min_max).
-export([start/0]).

start() ->
    Pairs = [{1, 2}, {2.0, 1}, {1, 1.0}, {1.0, 1}, {a, 1}, {"x", x}, {{}, []},
             {<<>>, []}, {1 bsl 65, 1.0e30}, {-0.0, 0}],
    [{min(A, B), max(A, B)} || {A, B} <- Pairs].
