%% Protects ets:insert/2 and insert_new/2 with lists: insert_new inserts nothing if any key exists, a list with repeated keys keeps the last for set and all for bags, and bad elements anywhere in the list make the call fail with the table untouched.
-module(ets_insert_new_lists).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
s(L) -> lists:sort(L).
start() ->
    [begin
         T = ets:new(i, [Ty]),
         R = [ets:insert_new(T, [{a, 1}, {b, 2}]), ets:insert_new(T, [{c, 3}, {a, 9}]), ets:lookup(T, c),
              ets:insert_new(T, {a, 10}), ets:insert_new(T, []), ets:insert(T, []),
              ets:insert(T, [{d, 1}, {d, 2}, {d, 1}]), s(ets:lookup(T, d)),
              ets:insert_new(T, [{e, 1}, {e, 2}]), s(ets:lookup(T, e)),
              t(fun() -> ets:insert(T, [{f, 1}, not_tuple]) end), ets:lookup(T, f),
              t(fun() -> ets:insert_new(T, [{g, 1} | improper]) end), ets:lookup(T, g),
              t(fun() -> ets:insert(T, {}) end), t(fun() -> ets:insert_new(T, [{}]) end),
              ets:info(T, size)],
         {Ty, R}
     end || Ty <- [set, ordered_set, bag, duplicate_bag]].
