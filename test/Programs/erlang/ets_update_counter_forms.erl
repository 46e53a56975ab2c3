%% Protects ets:update_counter/3,4 in every form: Incr, {Pos, Incr}, {Pos, Incr, Threshold, SetValue} both ways, a list of operations, the default object of /4, keypos tables, and the badarg cases.
-module(ets_update_counter_forms).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    T = ets:new(c, [set]),
    ets:insert(T, {k, 10, 100, name}),
    R1 = [ets:update_counter(T, k, 1), ets:update_counter(T, k, -20), ets:update_counter(T, k, {3, 5}),
          ets:update_counter(T, k, {2, 10, 5, 0}), ets:update_counter(T, k, {2, -10, -5, 99}),
          ets:update_counter(T, k, {2, -1, 0, 7}), ets:update_counter(T, k, [{2, 1}, {3, -1}, {2, 1}]),
          ets:update_counter(T, k, []), ets:lookup(T, k),
          ets:update_counter(T, k, 1 bsl 62), ets:update_counter(T, k, 1 bsl 62), ets:update_counter(T, k, -(1 bsl 63))],
    R2 = [ets:update_counter(T, new1, 5, {new1, 0}), ets:lookup(T, new1),
          ets:update_counter(T, new2, {3, 2}, {new2, a, 10}), ets:lookup(T, new2),
          ets:update_counter(T, new3, [{2, 1}, {3, 1}], {new3, 0, 0}), ets:lookup(T, new3),
          ets:update_counter(T, k, 1, {k, 0}), ets:update_counter(T, new4, 1, {other_key, 0}), ets:lookup(T, new4)],
    K2 = ets:new(c2, [ordered_set, {keypos, 2}]),
    ets:insert(K2, {rec, key, 1}),
    R3 = [ets:update_counter(K2, key, {3, 4}), t(fun() -> ets:update_counter(K2, key, {2, 1}) end),
          ets:update_counter(K2, nk, {3, 1}, {rec, nk, 0}), ets:lookup(K2, nk)],
    R4 = [t(fun() -> ets:update_counter(T, missing, 1) end), t(fun() -> ets:update_counter(T, k, {4, 1}) end),
          t(fun() -> ets:update_counter(T, k, {1, 1}) end), t(fun() -> ets:update_counter(T, k, {9, 1}) end),
          t(fun() -> ets:update_counter(T, k, a) end), t(fun() -> ets:update_counter(T, k, {2, a}) end),
          t(fun() -> ets:update_counter(T, k, [{2, 1}, {4, 1}]) end), ets:lookup(T, k),
          t(fun() -> ets:update_counter(T, n5, 1, {n5}) end), t(fun() -> ets:update_counter(T, n6, 1, not_tuple) end),
          t(fun() -> ets:update_counter(T, n7, {2, 1}, {n7, x}) end),
          t(fun() -> ets:update_counter(ets:new(b, [bag]), k, 1) end)],
    [R1, R2, R3, R4].
