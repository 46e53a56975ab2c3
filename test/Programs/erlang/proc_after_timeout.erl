%% Protects receive ... after with zero and short timeouts and with infinity never firing early.
-module(proc_after_timeout).
-export([start/0]).

start() ->
    T0 = receive never -> got after 0 -> timeout_zero end,
    T1 = receive never -> got after 20 -> timeout_20 end,
    self() ! now_here,
    T2 = receive now_here -> got_message after infinity -> impossible end,
    Pid = spawn(fun() -> receive after 30 -> ok end end),
    Ref = erlang:monitor(process, Pid),
    T3 = receive {'DOWN', Ref, process, Pid, R} -> {down, R} after 5000 -> too_slow end,
    timer:sleep(10),
    {T0, T1, T2, T3}.
