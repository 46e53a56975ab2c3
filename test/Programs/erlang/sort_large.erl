%% Protects sorting large pseudo-random lists (lists:sort, usort, keysort) against a checksum.
-module(sort_large).
-export([start/0]).

lcg(0, _, Acc) -> Acc;
lcg(N, X, Acc) ->
    X2 = (X * 1103515245 + 12345) rem 2147483648,
    lcg(N - 1, X2, [X2 rem 100000 | Acc]).

start() ->
    L = lcg(50000, 42, []),
    S = lists:sort(L),
    U = lists:usort(L),
    K = lists:keysort(2, [{I, V rem 100} || {I, V} <- lists:enumerate(L)]),
    {length(S), hd(S), lists:last(S), length(U), erlang:phash2(S), erlang:phash2(K),
     lists:sublist(U, 5), S =:= lists:sort(fun(A, B) -> A =< B end, L)}.
