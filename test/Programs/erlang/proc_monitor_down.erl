%% Protects monitors: DOWN messages and their reasons for normal, error, exit and noproc.
-module(proc_monitor_down).
-export([start/0]).

watch(F) ->
    {Pid, Ref} = spawn_monitor(F),
    receive {'DOWN', Ref, process, Pid, Reason} -> strip(Reason) end.

strip({R, Stack}) when is_list(Stack) -> R;
strip(R) -> R.

start() ->
    Dead = spawn(fun() -> ok end),
    Ref = monitor(process, Dead),
    Noproc = receive {'DOWN', Ref, process, _, R} -> R end,
    Ref2 = monitor(process, spawn(fun() -> receive _ -> ok end end)),
    Demon = demonitor(Ref2, [flush, info]),
    {watch(fun() -> ok end), watch(fun() -> exit(custom) end), watch(fun() -> error(boom) end),
     watch(fun() -> throw(ball) end), watch(fun() -> 1 = 2 end), Noproc, Demon}.
