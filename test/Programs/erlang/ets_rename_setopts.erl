%% Protects ets:rename/2 (named and unnamed tables, a taken name, old name gone), ets:whereis/1, setopts/2 with protection, delete_all_objects/1, and delete/1 by a process that does not own the table.
-module(ets_rename_setopts).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    N = ets:new(ren_a, [named_table, public]),
    ets:insert(ren_a, {k, 1}),
    Ref = ets:whereis(ren_a),
    R1 = [N, ets:rename(ren_a, ren_b), ets:info(ren_b, name), ets:lookup(ren_b, k), ets:whereis(ren_a),
          ets:whereis(ren_b) =:= Ref, t(fun() -> ets:lookup(ren_a, k) end)],
    ets:new(ren_c, [named_table]),
    R2 = [t(fun() -> ets:rename(ren_b, ren_c) end), ets:info(ren_b, name), t(fun() -> ets:rename(no_tab, x) end),
          t(fun() -> ets:rename(ren_b, "str") end)],
    U = ets:new(unnamed, []),
    R3 = [ets:rename(U, unnamed2) =:= unnamed2, ets:info(U, name), ets:info(U, named_table)],
    P = ets:new(prot, [protected]),
    ets:insert(P, {x, 1}),
    R4 = [ets:setopts(P, {protection, public}), ets:info(P, protection), ets:setopts(P, [{protection, private}]),
          ets:info(P, protection), t(fun() -> ets:setopts(P, {protection, bogus}) end), ets:setopts(P, {protection, protected})],
    S = self(),
    spawn(fun() -> S ! {other, [t(fun() -> ets:delete(P) end), t(fun() -> ets:setopts(P, {protection, public}) end),
                                t(fun() -> ets:delete_all_objects(P) end), t(fun() -> ets:rename(ren_b, ren_z) end),
                                t(fun() -> ets:delete_all_objects(ren_b) end)]} end),
    R5 = receive {other, X} -> X end,
    R6 = [ets:delete_all_objects(P), ets:info(P, size), ets:info(Ref, name), ets:tab2list(Ref), ets:delete(Ref), ets:info(Ref)],
    [R1, R2, R3, R4, R5, R6].
