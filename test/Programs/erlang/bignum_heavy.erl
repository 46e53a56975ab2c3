%% Protects long bignum computations: factorial digit sums, powers of two and gcd by remainder.
-module(bignum_heavy).
-export([start/0]).

fact(N) -> lists:foldl(fun(I, A) -> I * A end, 1, lists:seq(1, N)).
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).

start() ->
    F = fact(500),
    Digits = integer_to_list(F),
    {length(Digits), lists:sum([D - $0 || D <- Digits]), gcd(fact(300), fib(300)), fib(1000) rem 1000000007,
     length(integer_to_list(1 bsl 10000)), (1 bsl 4000) div fact(200) rem 1000, integer_to_list(fib(250), 36)}.
