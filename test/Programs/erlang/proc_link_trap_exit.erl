%% Protects links with trap_exit: EXIT messages for normal, abnormal and kill, and exit/2.
-module(proc_link_trap_exit).
-export([start/0]).

wait(Pid) -> receive {'EXIT', Pid, Reason} -> strip(Reason) after 2000 -> timeout end.

strip({R, Stack}) when is_list(Stack) -> R;
strip(R) -> R.

start() ->
    Old = process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> ok end),
    P2 = spawn_link(fun() -> exit(bad) end),
    P3 = spawn_link(fun() -> receive _ -> ok end end),
    exit(P3, kill),
    P4 = spawn_link(fun() -> receive _ -> ok end end),
    exit(P4, shutdown),
    P5 = spawn_link(fun() -> error(crashed) end),
    R = {Old, wait(P1), wait(P2), wait(P3), wait(P4), wait(P5)},
    process_flag(trap_exit, false),
    R.
