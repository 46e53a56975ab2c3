%% monitor/3 and spawn_opt's {monitor, Opts}: {tag, Tag} replaces 'DOWN'
%% (any term, also for noproc), demonitor's flush takes a tagged message,
%% aliases from the monitor options.
-module(proc_monitor_tag).
-export([start/0]).

flush() -> receive M -> [M | flush()] after 50 -> [] end.

start() ->
    P1 = spawn(fun() -> receive stop -> ok end end),
    M1 = monitor(process, P1, [{tag, {my, tag, [1, 2]}}]),
    P1 ! stop,
    A1 = receive {{my, tag, [1, 2]}, M1, process, P1, Why1} -> Why1 after 500 -> none end,
    M2 = monitor(process, P1, [{tag, gone}]),
    A2 = receive {gone, M2, process, P1, Why2} -> Why2 after 500 -> none end,
    M3 = monitor(process, no_such_name, [{tag, t3}, {tag, t3b}]),
    A3 = receive {T3, M3, process, Item3, Why3} -> {T3, Item3, Why3} after 500 -> none end,
    {P4, M4} = spawn_opt(fun() -> exit(bye) end, [{monitor, [{tag, t4}]}]),
    A4 = receive {t4, M4, process, P4, Why4} -> Why4 after 500 -> none end,
    P5 = spawn(fun() -> ok end),
    M5 = monitor(process, P5, [{tag, t5}]),
    timer:sleep(50),
    A5 = {demonitor(M5, [flush, info]), flush()},
    {P6, M6} = spawn_opt(fun() -> receive {reply, To, R} -> To ! {R, answer} end end,
                         [{monitor, [{alias, demonitor}, {tag, t6}]}]),
    P6 ! {reply, M6, M6},
    A6 = receive {M6, answer} -> answered after 500 -> none end,
    A6b = receive {t6, M6, process, P6, Why6} -> Why6 after 500 -> none end,
    A7 = try monitor(process, P1, [{tag}]) catch error:E -> E end,
    [A1, A2, A3, A4, A5, A6, A6b, A7, flush()].
