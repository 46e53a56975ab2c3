%% Protects band, bor, bxor and bnot on positive, negative and bignum operands.
-module(arith_bitwise).
-export([start/0]).

start() ->
    Vs = [0, 5, -5, 255, -256, 1 bsl 62, -(1 bsl 62), (1 bsl 100) + 12345, -(1 bsl 90) - 7],
    [{A band B, A bor B, A bxor B} || A <- Vs, B <- [3, -2, 1 bsl 64 - 1]]
        ++ [{bnot V} || V <- Vs].
