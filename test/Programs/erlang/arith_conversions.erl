%% Protects trunc, round, ceil, floor, float and their behaviour on bignum-sized floats.
-module(arith_conversions).
-export([start/0]).

start() ->
    Fs = [0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.4999, 1.0e20, -1.0e20, 4.0e18],
    [{trunc(F), round(F), ceil(F), floor(F)} || F <- Fs]
        ++ [{float(1 bsl 80), trunc(1.0e30), round(3), trunc(-7), float(-12)}].
