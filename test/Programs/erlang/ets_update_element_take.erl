%% Protects ets:update_element/3 (one pair, a list of pairs, missing key, key and out-of-range positions), ets:take/2 on each table type, and lookup_element/3 with list positions and errors.
-module(ets_update_element_take).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
s(L) -> lists:sort(L).
start() ->
    T = ets:new(u, [ordered_set]),
    ets:insert(T, [{1, a, b, c}, {2, x, y, z}]),
    R1 = [ets:update_element(T, 1, {2, aa}), ets:update_element(T, 1, [{3, bb}, {4, cc}, {3, bbb}]),
          ets:lookup(T, 1), ets:update_element(T, 9, {2, q}), ets:update_element(T, 1, []),
          t(fun() -> ets:update_element(T, 1, {1, 5}) end), t(fun() -> ets:update_element(T, 1, {5, q}) end),
          t(fun() -> ets:update_element(T, 1, {0, q}) end), t(fun() -> ets:update_element(T, 1, [{2, ok}, {7, q}]) end),
          ets:lookup(T, 1), t(fun() -> ets:update_element(ets:new(b, [bag]), 1, {2, q}) end)],
    Takes = [begin
                 Tb = ets:new(tk, [Ty]),
                 ets:insert(Tb, [{k, 1}, {k, 2}, {j, 3}]),
                 {Ty, s(ets:take(Tb, k)), ets:take(Tb, k), ets:take(Tb, none), s(ets:tab2list(Tb))}
             end || Ty <- [set, ordered_set, bag, duplicate_bag]],
    B = ets:new(b2, [bag]),
    ets:insert(B, [{k, 1, a}, {k, 2, b}]),
    R3 = [ets:lookup_element(T, 2, 3), s(ets:lookup_element(B, k, 3)), t(fun() -> ets:lookup_element(T, 2, 9) end),
          t(fun() -> ets:lookup_element(T, 99, 2) end), t(fun() -> ets:lookup_element(T, 2, 0) end),
          t(fun() -> ets:lookup_element(B, k, 4) end), t(fun() -> ets:lookup_element(T, 2, a) end)],
    [R1, Takes, R3].
