-module(ue_primes).
-export([start/0]).
sieve(N) -> sieve(lists:seq(2, N), []).
sieve([], Acc) -> lists:reverse(Acc);
sieve([P | T], Acc) -> sieve([X || X <- T, X rem P =/= 0], [P | Acc]).
is_prime(N) when N < 2 -> false;
is_prime(N) -> is_prime(N, 2).
is_prime(N, D) when D * D > N -> true;
is_prime(N, D) when N rem D =:= 0 -> false;
is_prime(N, D) -> is_prime(N, D + 1).
factor(N) -> factor(N, 2, []).
factor(1, _, Acc) -> lists:reverse(Acc);
factor(N, D, Acc) when D * D > N -> lists:reverse([N | Acc]);
factor(N, D, Acc) when N rem D =:= 0 -> factor(N div D, D, [D | Acc]);
factor(N, D, Acc) -> factor(N, D + 1, Acc).
modpow(_, 0, _) -> 1;
modpow(B, E, M) when E rem 2 =:= 0 -> H = modpow(B, E div 2, M), H * H rem M;
modpow(B, E, M) -> B * modpow(B, E - 1, M) rem M.
start() ->
    Ps = sieve(2000),
    [length(Ps), lists:sublist(Ps, 20), lists:last(Ps), [N || N <- lists:seq(1, 100), is_prime(N)] =:= lists:sublist(Ps, 25),
     factor(600851475143), factor(1 bsl 20 * 3 * 7), modpow(2, 1000, 1000000007), modpow(3, 1 bsl 70, 1 bsl 61 - 1),
     [X || X <- lists:seq(1, 10000), X =:= lists:sum([D || D <- lists:seq(1, X div 2), X rem D =:= 0])]].
