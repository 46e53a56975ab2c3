%% Protects process_info/2 items with deterministic values (status, message_queue_len, messages, links, monitors, monitored_by, trap_exit, priority, registered_name, dictionary, initial_call, group_leader) for another process, item lists, dead processes and badarg.
-module(proc_info_items).
-export([start/0, waiter/0]).
t(F) -> try F() catch C:R -> {C, R} end.
waiter() ->
    put(k1, v1), put(k2, {v, 2}),
    process_flag(trap_exit, true),
    process_flag(priority, high),
    receive stop -> ok end.
start() ->
    S = self(),
    P = spawn(?MODULE, waiter, []),
    timer:sleep(20),
    link(P),
    M = monitor(process, P),
    register(info_target, P),
    P ! {hello, 1}, P ! hello_2,
    timer:sleep(20),
    Items = [status, message_queue_len, messages, trap_exit, priority, registered_name, initial_call],
    R1 = process_info(P, Items),
    R2 = [process_info(P, links) =:= {links, [S]}, process_info(P, monitored_by) =:= {monitored_by, [S]},
          process_info(self(), monitors) =:= {monitors, [{process, P}]},
          process_info(P, group_leader) =:= {group_leader, group_leader()},
          lists:sort(element(2, process_info(P, dictionary))),
          process_info(P, [registered_name]), process_info(self(), registered_name),
          process_info(P, []), process_info(P, [status, status])],
    Errs = [t(fun() -> process_info(P, bogus_item) end), t(fun() -> process_info(P, [status, bogus_item]) end),
            t(fun() -> process_info(not_a_pid, status) end), t(fun() -> process_info(P, "status") end),
            t(fun() -> process_info(P, [status | x]) end), t(fun() -> process_info(self(), 42) end)],
    unlink(P), demonitor(M),
    MD = monitor(process, P),
    P ! stop,
    receive {'DOWN', MD, _, _, _} -> ok end,
    R3 = [process_info(P, status), process_info(P, [status, messages]), process_info(P),
          t(fun() -> process_info(P, bogus_item) end)],
    [R1, R2, Errs, R3].
