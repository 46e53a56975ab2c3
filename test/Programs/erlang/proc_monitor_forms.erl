%% Protects monitor/2 edge cases: a dead pid or an unknown name gives DOWN noproc at once, monitoring by name or {Name, node()} reports the name in DOWN, self-monitors, and monitor's badarg cases.
-module(proc_monitor_forms).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
down(R) -> receive {'DOWN', R, Type, Item, Why} -> {Type, Item, Why} after 500 -> none end.
start() ->
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    R1 = monitor(process, Dead),
    D1 = receive {'DOWN', R1, process, Dead, W1} -> W1 after 500 -> late end,
    R2 = monitor(process, no_such_name),
    D2 = down(R2),
    R3 = monitor(process, {no_such_name, node()}),
    D3 = down(R3),
    P = spawn(fun() -> register(mon_target, self()), receive stop -> exit(stopped) end end),
    timer:sleep(20),
    R4 = monitor(process, mon_target),
    R5 = monitor(process, {mon_target, node()}),
    R6 = monitor(process, P),
    Mons = lists:sort(element(2, process_info(self(), monitors))),
    By = length(element(2, process_info(P, monitored_by))),
    P ! stop,
    D4 = down(R4), D5 = down(R5), D6 = down(R6),
    R7 = monitor(process, self()),
    SelfMons = process_info(self(), monitors),
    D7 = demonitor(R7, [info]),
    Errs = [t(fun() -> monitor(process, 42) end), t(fun() -> monitor(process, "name") end),
            t(fun() -> monitor(bogus, self()) end), t(fun() -> monitor(process, {a, b, c}) end),
            t(fun() -> monitor(port, self()) end), t(fun() -> monitor(process, {name, 'other@host', x}) end)],
    [D1, D2, D3, Mons =:= lists:sort([{process, {mon_target, node()}}, {process, {mon_target, node()}}, {process, P}]),
     By, D4, D5, D6 =:= {process, P, stopped}, SelfMons, D7, Errs, process_info(self(), monitors)].
