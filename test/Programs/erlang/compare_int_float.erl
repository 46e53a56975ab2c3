%% Protects == versus =:= between integers and floats, including bignums beyond 2^53.
-module(compare_int_float).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    P = [{1, 1.0}, {0, -0.0}, {0, 0.0}, {9007199254740993, 9007199254740992.0},
         {1 bsl 64, 18446744073709551616.0}, {(1 bsl 64) + 1, 18446744073709551616.0},
         {-(1 bsl 80), -1.2089258196146292e24}, {3, 2.9999999999999996}],
    [{?MODULE:id(A) == B, A =:= B, A /= B, A =/= B, A < B, A >= B} || {A, B} <- P]
        ++ [lists:usort([1, 1.0, 2, 2.0, 1]), lists:sort([2.0, 1, 2, 1.0]),
            lists:umerge([1.0, 2], [1, 2.0])].
