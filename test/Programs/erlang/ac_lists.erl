%% Typical user code: ac_lists (a differential program in the style of others' programs).
-module(ac_lists).
-export([start/0]).
start() ->
    L = [5, 3, 8, 1, 9, 2, 7],
    [lists:sort(L), lists:usort([3,1,3,2]), lists:reverse(L), lists:max(L), lists:min(L), lists:sum(L),
     lists:nth(3, L), lists:last(L), lists:sublist(L, 2, 3), lists:split(3, L), lists:partition(fun(X) -> X > 4 end, L),
     lists:foldl(fun(X, A) -> X * A end, 1, L), lists:foldr(fun(X, A) -> [X | A] end, [], L),
     lists:map(fun(X) -> X * X end, L), lists:filter(fun(X) -> X rem 2 == 0 end, L),
     lists:zip([a,b,c], [1,2,3]), lists:unzip([{a,1},{b,2}]), lists:zip3([1],[2],[3]),
     lists:seq(1, 10, 3), lists:duplicate(3, x), lists:flatten([[1,[2]],[[3]]]), lists:append([[1],[2,3]]),
     lists:keyfind(b, 1, [{a,1},{b,2}]), lists:keysort(2, [{a,3},{b,1},{c,2}]), lists:keystore(d, 1, [{a,1}], {d,4}),
     lists:keydelete(a, 1, [{a,1},{b,2}]), lists:keyreplace(a, 1, [{a,1}], {a,9}), lists:member(3, L),
     lists:delete(3, L), L -- [3, 8], lists:subtract(L, [1]), lists:all(fun is_integer/1, L), lists:any(fun(X) -> X > 8 end, L),
     lists:takewhile(fun(X) -> X > 2 end, L), lists:dropwhile(fun(X) -> X > 2 end, L), lists:splitwith(fun(X) -> X > 2 end, L),
     lists:mapfoldl(fun(X, A) -> {X + A, A + 1} end, 0, L), lists:flatmap(fun(X) -> [X, X] end, [1,2]),
     lists:enumerate([a,b]), lists:uniq([1,2,1,3]), lists:sort(fun(A, B) -> A >= B end, L), lists:merge([1,3],[2,4]),
     lists:nthtail(2, L), lists:prefix([1,2],[1,2,3]), lists:suffix([3],[1,2,3]), lists:max([1, 2.0, a, "s"]),
     catch lists:nth(10, L), catch lists:last([]), lists:search(fun(X) -> X > 7 end, L), lists:join(x, [1,2,3]),
     lists:foldl(fun(X, {Mn, Mx}) -> {min(X, Mn), max(X, Mx)} end, {100, 0}, L)].
