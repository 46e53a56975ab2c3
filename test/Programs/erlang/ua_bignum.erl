-module(ua_bignum).
-export([start/0]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
pow(_, 0) -> 1;
pow(B, E) when E rem 2 =:= 0 -> H = pow(B, E div 2), H * H;
pow(B, E) -> B * pow(B, E - 1).
start() ->
    F = fact(50),
    [F, fact(100) div fact(98), fib(200), pow(2, 200), pow(3, 100) rem 1000007, -pow(7, 40), pow(2, 64) - 1,
     pow(2, 63), -pow(2, 63), pow(2, 59), pow(2, 60) - 1, F bsr 100, 1 bsl 100, (1 bsl 100) band (1 bsl 99 + 5),
     (1 bsl 70) bor 1, (1 bsl 70) bxor (1 bsl 69), bnot (1 bsl 70), -(1 bsl 70) div 7, -(1 bsl 70) rem 7,
     (1 bsl 70) div -7, integer_to_list(F, 16), integer_to_list(-F, 36), list_to_integer("-ZZZZZZZZZZZZZZZZ", 36),
     abs(-F), F * F div F =:= F, pow(10, 30) / 3, float(pow(2, 100)), trunc(1.0e20), round(-2.5e15), ceil(1.5), floor(-1.5),
     gcd(pow(2, 80) * 3, pow(2, 70) * 9), max(pow(2, 65), 1.0e30), pow(2, 65) == 36893488147419103232.0,
     pow(2, 65) < 36893488147419103233.0, erlang:phash2(pow(2, 100)), integer_to_binary(pow(5, 50)), byte_size(term_to_binary(F))].
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
