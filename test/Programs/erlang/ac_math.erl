%% Typical user code: ac_math (a differential program in the style of others' programs).
-module(ac_math).
-export([start/0]).
fact(0) -> 1; fact(N) -> N * fact(N - 1).
gcd(A, 0) -> A; gcd(A, B) -> gcd(B, A rem B).
is_prime(N) when N < 2 -> false; is_prime(N) -> lists:all(fun(D) -> N rem D =/= 0 end, lists:seq(2, trunc(math:sqrt(N)))).
start() ->
    [fact(25), fact(30) div fact(28), gcd(1071, 462), [N || N <- lists:seq(1, 50), is_prime(N)],
     math:pi(), math:sqrt(2), math:pow(2, 10), math:log(10), math:exp(1), math:sin(1.0), math:atan2(1, 1),
     7 div 2, -7 div 2, 7 rem -2, -7 rem 2, 7 / 2, round(2.5), round(-2.5), trunc(-3.7), floor(-3.2), ceil(3.2),
     abs(-5), max(3, 4.0), min(a, 1), 1 bsl 70, (1 bsl 70) bsr 68, 16#FF band 16#0F, bnot 5, 5 bxor 3,
     integer_to_list(255, 2), list_to_integer("ff", 16), float(7), 1.0e10, 1.0e-10, 123456789.0, 0.1 + 0.2,
     2 * 3.0, 10 / 4, 1 == 1.0, 1 =:= 1.0, 3.0e20 * 1.0e20, math:floor(2.5), math:fmod(7.5, 2), float_to_list(0.1),
     erlang:phash2({a, 1}), erlang:phash2("x", 100), 100000000000000000000 * 100000000000000000000,
     -(1 bsl 64) div 3, (1 bsl 64) rem 7, integer_to_list(-(1 bsl 65))].
