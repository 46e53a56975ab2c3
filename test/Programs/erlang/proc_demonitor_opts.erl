%% Protects demonitor/1,2 with [flush], [info] and both, before and after the DOWN message arrived, on unknown references, and its badarg cases.
-module(proc_demonitor_opts).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
queued() -> {messages, M} = process_info(self(), messages), [element(1, X) || X <- M].
dead_monitor() ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive after 30 -> ok end,
    _ = P,
    R.
live_monitor() ->
    P = spawn(fun() -> receive stop -> ok end end),
    {P, monitor(process, P)}.
start() ->
    {L1, M1} = live_monitor(), A1 = demonitor(M1), L1 ! stop,
    {L2, M2} = live_monitor(), A2 = demonitor(M2, [info]), L2 ! stop,
    {L3, M3} = live_monitor(), A3 = demonitor(M3, [flush, info]), L3 ! stop,
    timer:sleep(30),
    Q0 = queued(),
    D1 = dead_monitor(), B1 = {demonitor(D1), queued()}, flush(),
    D2 = dead_monitor(), B2 = {demonitor(D2, [info]), queued()}, flush(),
    D3 = dead_monitor(), B3 = {demonitor(D3, [flush]), queued()},
    D4 = dead_monitor(), B4 = {demonitor(D4, [flush, info]), queued()},
    D5 = dead_monitor(), B5 = {demonitor(D5, [info, flush, info]), queued()},
    Unknown = [demonitor(make_ref()), demonitor(make_ref(), [info]), demonitor(make_ref(), [flush, info])],
    Errs = [t(fun() -> demonitor(self()) end), t(fun() -> demonitor(make_ref(), [bogus]) end),
            t(fun() -> demonitor(make_ref(), notalist) end), t(fun() -> demonitor(make_ref(), [flush | x]) end),
            t(fun() -> demonitor(42, []) end)],
    [A1, A2, A3, Q0, B1, B2, B3, B4, B5, Unknown, Errs].
flush() -> receive _ -> flush() after 0 -> ok end.
