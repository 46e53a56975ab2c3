%% Protects ETS tables dying with their owner: the table and its name are gone (info undefined, lookup badarg, the name can be reused), also when the heir is already dead, and tables of other owners stay.
-module(ets_owner_death).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
owned(Opts) ->
    S = self(),
    {P, M} = spawn_monitor(fun() -> T = ets:new(owned_tab, Opts), ets:insert(T, {k, v}), S ! {tab, T}, receive stop -> ok end end),
    T = receive {tab, X} -> X end,
    {P, M, T}.
start() ->
    {P, M, T} = owned([named_table, public]),
    Before = [ets:lookup(owned_tab, k), ets:info(owned_tab, named_table), ets:insert(owned_tab, {mine, 1})],
    P ! stop,
    receive {'DOWN', M, _, _, _} -> ok end,
    After = [ets:info(owned_tab), ets:info(T), t(fun() -> ets:lookup(owned_tab, k) end), ets:whereis(owned_tab),
             lists:member(owned_tab, ets:all())],
    Reuse = [ets:new(owned_tab, [named_table]), ets:lookup(owned_tab, k), ets:delete(owned_tab)],
    DeadHeir = spawn(fun() -> ok end),
    timer:sleep(20),
    {P2, M2, T2} = owned([public, {heir, DeadHeir, x}]),
    P2 ! stop,
    receive {'DOWN', M2, _, _, _} -> ok end,
    HeirGone = [ets:info(T2), t(fun() -> ets:insert(T2, {a}) end)],
    {P3, M3, T3} = owned([public]),
    Ref = ets:info(T3, id) =:= T3,
    Mine = ets:new(mine, []),
    exit(P3, kill),
    receive {'DOWN', M3, _, _, _} -> ok end,
    [Before, After, Reuse, HeirGone, Ref, ets:info(T3, size), ets:info(Mine, size)].
