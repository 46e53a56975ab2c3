%% Protects lists: key functions, flatten, zip/unzip, takewhile/dropwhile, flatmap, mapfoldl.
-module(lists_module_b).
-export([start/0]).

start() ->
    KV = [{b, 2}, {a, 1}, {c, 3}, {a, 4}],
    {lists:keyfind(a, 1, KV), lists:keyfind(z, 1, KV), lists:keysort(1, KV),
     lists:keystore(c, 1, KV, {c, 30}), lists:keystore(d, 1, KV, {d, 4}),
     lists:keydelete(a, 1, KV), lists:keyreplace(b, 1, KV, {b, 20}), lists:keymember(3, 2, KV),
     lists:keytake(a, 1, KV), lists:ukeysort(1, KV),
     lists:flatten([1, [2, [3, [4]], []], [[5]]]), lists:zip([1, 2, 3], [a, b, c]),
     lists:unzip([{1, a}, {2, b}]), lists:zip3([1], [2], [3]),
     lists:zipwith(fun(A, B) -> A + B end, [1, 2], [10, 20]),
     lists:takewhile(fun(X) -> X < 3 end, [1, 2, 3, 1]),
     lists:dropwhile(fun(X) -> X < 3 end, [1, 2, 3, 1]),
     lists:splitwith(fun(X) -> X < 3 end, [1, 2, 3, 1]),
     lists:flatmap(fun(X) -> [X, X] end, [a, b]),
     lists:mapfoldl(fun(X, S) -> {X * 2, S + X} end, 0, [1, 2, 3]),
     lists:all(fun is_atom/1, [a, b]), lists:any(fun is_integer/1, [a, b]),
     lists:prefix([1, 2], [1, 2, 3]), lists:suffix([3], [1, 2, 3]),
     lists:subtract([1, 2, 3], [2]), lists:delete(2, [1, 2, 3, 2]),
     lists:usort([c, a, b, a]), lists:merge([1, 4], [2, 3]), lists:droplast([1, 2, 3]),
     lists:join(x, [1, 2, 3]), lists:filtermap(fun(X) when X > 1 -> {true, -X};
                                                  (_) -> false end, [1, 2, 3]),
     lists:search(fun(X) -> X > 1 end, [1, 2, 3]), lists:uniq([3, 1, 3, 2, 1])}.
