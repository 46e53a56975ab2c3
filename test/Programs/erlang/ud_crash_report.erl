-module(ud_crash_report).
-export([start/0]).
start() ->
    {P, R} = spawn_monitor(fun() -> lists:nth(10, [a]) end),
    receive {'DOWN', R, process, P, {Reason, _}} -> ok end,
    {P2, R2} = spawn_monitor(fun() -> throw(not_caught) end),
    receive {'DOWN', R2, process, P2, Reason2} -> ok end,
    {P3, R3} = spawn_monitor(fun() -> exit(normal) end),
    receive {'DOWN', R3, process, P3, Reason3} -> ok end,
    {Reason, element(1, Reason2), Reason3}.
