%% Protects ETS access rights from a process that does not own the table: public allows everything, protected allows reads only, private nothing; every denied call is badarg.
-module(ets_access_rights).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
ops(T) ->
    [{lookup, t(fun() -> ets:lookup(T, k) end)}, {member, t(fun() -> ets:member(T, k) end)},
     {insert, t(fun() -> ets:insert(T, {k2, 2}) end)}, {insert_new, t(fun() -> ets:insert_new(T, {k3, 3}) end)},
     {delete_key, t(fun() -> ets:delete(T, k2) end)}, {update_counter, t(fun() -> ets:update_counter(T, k, 1) end)},
     {match, t(fun() -> lists:sort(ets:match(T, {'$1', '_'})) end)}, {select, t(fun() -> ets:select(T, [{'_', [], [true]}]) end)},
     {first, t(fun() -> ets:first(T) end)}, {tab2list, t(fun() -> length(ets:tab2list(T)) end)},
     {info_size, t(fun() -> ets:info(T, size) end)}, {lookup_element, t(fun() -> ets:lookup_element(T, k, 2) end)},
     {delete_all, t(fun() -> ets:delete_all_objects(T) end)}, {delete_table, t(fun() -> ets:delete(T) end)}].
start() ->
    S = self(),
    Tabs = [{P, ets:new(acc, [P, set])} || P <- [public, protected, private]],
    [ets:insert(T, {k, 1}) || {_, T} <- Tabs],
    spawn(fun() -> S ! {results, [{P, ops(T)} || {P, T} <- Tabs]} end),
    R = receive {results, X} -> X end,
    Still = [{P, ets:info(T, size)} || {P, T} <- Tabs],
    Named = ets:new(acc_named, [named_table, private]),
    spawn(fun() -> S ! {named, t(fun() -> ets:lookup(acc_named, k) end), ets:info(acc_named, protection)} end),
    RN = receive {named, A, B} -> {A, B} end,
    Own = ops(element(2, hd(tl(Tabs)))),
    [R, Still, Named, RN, Own].
