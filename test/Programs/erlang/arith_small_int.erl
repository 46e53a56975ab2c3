%% Protects small-integer +, -, * and unary minus, including mixed signs and zero.
-module(arith_small_int).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Xs = [0, 1, -1, 7, -7, 123456, -98765],
    [A, B, C, D] = [?MODULE:id(V) || V <- [1, 2, 3, 4]],
    [{X + Y, X - Y, X * 3, -X, abs(X)} || X <- Xs, Y <- [2, -5]]
        ++ [A + B * C - D, (A + B) * (C - D), - - D, + D, A - B - C, A * B * C * D * -1].
