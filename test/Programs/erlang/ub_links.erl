-module(ub_links).
-export([start/0]).
start() ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> receive _ -> ok end end),
    exit(P1, kill),
    R1 = receive {'EXIT', P1, W1} -> W1 after 1000 -> none end,
    P2 = spawn_link(fun() -> receive _ -> ok end end),
    exit(P2, custom),
    R2 = receive {'EXIT', P2, W2} -> W2 after 1000 -> none end,
    P3 = spawn(fun() -> process_flag(trap_exit, true), receive {'EXIT', _, Why} -> exit({got, Why}) end end),
    M3 = monitor(process, P3),
    exit(P3, hello),
    R3 = receive {'DOWN', M3, process, P3, W3} -> W3 after 1000 -> none end,
    M4 = monitor(process, list_to_pid("<0.9999.0>")),
    R4 = receive {'DOWN', M4, process, _, W4} -> W4 after 1000 -> none end,
    P5 = spawn(fun() -> ok end),
    timer:sleep(20),
    R5 = (catch link(P5)),
    R6 = receive {'EXIT', P5, W6} -> W6 after 100 -> none end,
    {R1, R2, R3, R4, R5, R6, process_flag(trap_exit, false)}.
