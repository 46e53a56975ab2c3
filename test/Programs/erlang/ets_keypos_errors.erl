%% Protects ETS key position handling: {keypos, N} lookups and inserts, tuples shorter than the key position (badarg), ordered_set keys 1 and 1.0 being one key while a set keeps both, and bad ets:new/2 arguments.
-module(ets_keypos_errors).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
s(L) -> lists:sort(L).
start() ->
    K = ets:new(k, [set, {keypos, 3}]),
    R1 = [ets:insert(K, {a, b, key1, d}), ets:lookup(K, key1), ets:member(K, a),
          t(fun() -> ets:insert(K, {a, b}) end), t(fun() -> ets:insert_new(K, {a}) end),
          t(fun() -> ets:insert(K, [{a, b, c}, {a, b}]) end), ets:lookup(K, c),
          ets:update_element(K, key1, {4, dd}), ets:lookup_element(K, key1, 4),
          t(fun() -> ets:update_element(K, key1, {3, x}) end)],
    O = ets:new(o, [ordered_set]),
    S = ets:new(s, [set]),
    [ets:insert(T, [{1, int}, {1.0, float}]) || T <- [O, S]],
    R2 = [ets:lookup(O, 1), ets:lookup(O, 1.0), ets:info(O, size), s(ets:tab2list(S)), ets:lookup(S, 1),
          ets:lookup(S, 1.0), ets:member(O, 1.0), ets:member(S, 2), ets:delete(O, 1.0), ets:info(O, size)],
    R3 = [t(fun() -> ets:new("name", []) end), t(fun() -> ets:new(x, [{keypos, 0}]) end),
          t(fun() -> ets:new(x, [{keypos, a}]) end), t(fun() -> ets:new(x, set) end),
          t(fun() -> ets:new(x, [set | bag]) end), ets:info(ets:new(x, [set, bag]), type),
          ets:info(ets:new(x, [public, private]), protection),
          t(fun() -> ets:new(x, [{heir, self()}]) end)],
    [R1, R2, R3].
