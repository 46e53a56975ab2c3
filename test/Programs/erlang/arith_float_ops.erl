%% Protects float arithmetic, mixed integer/float operands and '/' always giving a float.
-module(arith_float_ops).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    I = fun ?MODULE:id/1,
    {I(1.5) + 2, 3 - I(0.25), I(2.0) * 3, I(7) / 2, I(6) / 3, I(-1.5) * -2,
     I(0.1) + 0.2, I(1.0e300) * 10, I(1) / 3, I(1 bsl 70) / 3, I(1 bsl 70) + 0.5,
     I(2.5) - 2.5, I(-0.0) + 0.0, I(1.0e-320) / 10, float(I(7)), is_float(I(6) / 3),
     I(10) / 4 * 4, I(12345678901234567890) * 1.0, -I(2.5), I(1.0e-300) * 1.0e-300}.
