%% Protects bignum multiplication, division, remainder, comparison and negative bignums.
-module(arith_bignum_ops).
-export([start/0]).

fact(0) -> 1;
fact(N) -> N * fact(N - 1).

pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).

start() ->
    F50 = fact(50),
    F30 = fact(30),
    P = pow(7, 80),
    N = -pow(3, 100),
    {F50, F50 div F30, F50 rem (F30 + 1), P, N, N div 1000000007, N rem 1000000007,
     P * N, P + N, P - N, abs(N), N < -1, P > F50,
     lists:sum([pow(2, K) || K <- lists:seq(0, 200, 10)]),
     fact(100) div fact(98)}.
