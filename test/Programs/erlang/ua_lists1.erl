-module(ua_lists1).
-export([start/0]).
start() ->
    L = [5, 3, 8, 1, 9, 2],
    [lists:sort(L), lists:reverse(L), lists:max(L), lists:min(L), lists:sum(L), lists:nth(3, L),
     lists:nthtail(2, L), lists:last(L), lists:sublist(L, 2), lists:sublist(L, 2, 3), lists:append([[1], [2, 3], []]),
     lists:append("ab", "cd"), lists:concat([a, "b", 1, 2.5]), lists:delete(8, L), lists:subtract(L, [1, 2]),
     lists:member(9, L), lists:usort([3, 1, 3, 2, 1]), lists:merge([1, 3, 5], [2, 4]), lists:merge3([1], [2], [0]),
     lists:umerge([1, 2], [2, 3]), lists:split(2, L), lists:splitwith(fun(X) -> X > 2 end, L),
     lists:partition(fun(X) -> X rem 2 =:= 0 end, L), lists:takewhile(fun(X) -> X > 2 end, L),
     lists:dropwhile(fun(X) -> X > 2 end, L), lists:foldl(fun(X, A) -> [X | A] end, [], L),
     lists:foldr(fun(X, A) -> [X | A] end, [], L), lists:mapfoldl(fun(X, A) -> {X * 2, A + X} end, 0, L),
     lists:mapfoldr(fun(X, A) -> {X + A, A + 1} end, 0, L), lists:filtermap(fun(X) when X > 4 -> {true, X * 10}; (X) -> X =:= 1 end, L),
     lists:flatmap(fun(X) -> [X, X] end, [1, 2]), lists:zip([1, 2, 3], [a, b, c]), lists:unzip([{1, a}, {2, b}]),
     lists:zip3([1], [2], [3]), lists:unzip3([{1, 2, 3}, {4, 5, 6}]), lists:zipwith(fun(A, B) -> A + B end, [1, 2], [3, 4]),
     lists:zipwith3(fun(A, B, C) -> A * B * C end, [1, 2], [3, 4], [5, 6]), lists:seq(10, 1, -3), lists:seq(1, 0),
     lists:duplicate(3, x), lists:flatten([1, [2, [3, [4]], []], 5]), lists:flatten([a, [b]], [c]), lists:flatlength([1, [2, [3]]]),
     lists:all(fun is_integer/1, L), lists:any(fun(X) -> X > 8 end, L), lists:enumerate([a, b]), lists:enumerate(5, [a, b]),
     lists:keystore(b, 1, [{a, 1}], {b, 2}), lists:keyreplace(a, 1, [{a, 1}], {a, 9}), lists:keydelete(a, 1, [{a, 1}, {b, 2}]),
     lists:keytake(b, 1, [{a, 1}, {b, 2}]), lists:keymember(x, 1, [{x}]), lists:keysort(2, [{a, 3}, {b, 1}, {c, 2}]),
     lists:keymerge(1, [{1, a}], [{2, b}]), lists:ukeysort(1, [{1, a}, {1, b}]), lists:prefix([1], [1, 2]), lists:suffix([2], [1, 2]),
     lists:sort(fun(A, B) -> A >= B end, L), lists:usort(fun(A, B) -> A =< B end, [2, 1, 2]), lists:search(fun(X) -> X > 5 end, L),
     lists:join(x, [a, b, c]), lists:droplast([1, 2, 3]), lists:uniq([1, 2, 1, 3, 2]), lists:uniq(fun(X) -> X rem 2 end, [1, 2, 3, 4]),
     lists:foreach(fun(_) -> ok end, L), lists:min([a, 1, "s"]), lists:max([a, 1, "s", {t}]), lists:keyfind(3, 1, [])].
