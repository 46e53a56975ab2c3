%% Protects monitor/3 option checking ({alias, Mode} modes, {tag, _}, badopt) and process_flag/3 (only save_calls, on self or another live process), and erlang:hibernate/3 with bad arguments raising badarg where a catch sees it.
-module(proc_flag_monitor_opts).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    M = [is_reference(t(fun() -> monitor(process, P, [{alias, Mode}]) end)) || Mode <- [explicit_unalias, demonitor, reply_demonitor]],
    M2 = [t(fun() -> monitor(process, P, O) end) || O <- [[{alias, bogus}], [bogus], [{alias}], notalist, [{tag, x} | y]]],
    F = [process_flag(self(), save_calls, 5), process_flag(self(), save_calls, 0), process_flag(P, save_calls, 7),
         process_flag(P, save_calls, 0), t(fun() -> process_flag(P, trap_exit, true) end),
         t(fun() -> process_flag(self(), trap_exit, true) end), t(fun() -> process_flag(Dead, save_calls, 1) end),
         t(fun() -> process_flag(P, save_calls, 10001) end), t(fun() -> process_flag(not_pid, save_calls, 1) end)],
    H = [t(fun() -> erlang:hibernate("m", f, []) end), t(fun() -> erlang:hibernate(m, f, not_list) end),
         t(fun() -> erlang:hibernate(m, 3, []) end)],
    P ! stop,
    [M, M2, F, H].
