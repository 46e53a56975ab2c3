-module(ud_lists2).
-export([start/0]).
chunk([], _) -> [];
chunk(L, N) when length(L) =< N -> [L];
chunk(L, N) -> {H, T} = lists:split(N, L), [H | chunk(T, N)].
transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].
group_by(F, L) -> lists:foldr(fun(X, M) -> maps:update_with(F(X), fun(V) -> [X | V] end, [X], M) end, #{}, L).
start() ->
    L = lists:seq(1, 20),
    [chunk(L, 6), transpose([[1, 2, 3], [4, 5, 6]]), group_by(fun(X) -> X rem 3 end, L), lists:sum([X * X || X <- L]),
     lists:foldl(fun max/2, 0, L), lists:zip(lists:seq(1, 3), "abc"), lists:unzip3([{a, 1, x}, {b, 2, y}]),
     lists:sublist(lists:reverse(L), 3, 4), [lists:nth(I, L) || I <- [1, 10, 20]], lists:split(0, L) =:= {[], L},
     lists:splitwith(fun(X) -> X < 5 end, []), lists:map(fun({A, B}) -> A * B end, lists:zip(L, lists:reverse(L))),
     lists:keyfind(2, 2, [{a, 1}, {b, 2}]), lists:partition(fun is_atom/1, [a, 1, b, 2]), lists:min([3, 1.0, 1]),
     lists:max([1, 1.0]), lists:usort([1, 1.0]), lists:sort([1.0, 1]), lists:append([]), lists:concat([]), lists:flatten([[], [[]]]),
     lists:seq(5, 5), lists:seq(1, 10, 3), lists:seq(10, 0, -5), lists:nthtail(0, [a]), lists:suffix([], [a]), lists:last([x])].
