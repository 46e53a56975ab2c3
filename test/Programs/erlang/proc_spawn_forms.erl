%% Protects the result shapes and argument errors of spawn/1,3, spawn_link, spawn_monitor/1,3 and spawn_opt/2,4 with link and monitor.
-module(proc_spawn_forms).
-export([start/0, child/2]).
t(F) -> try F() catch C:R -> {C, R} end.
child(Parent, Tag) -> Parent ! {Tag, self()}.
got(Tag, Pid) -> receive {Tag, Pid} -> Tag after 1000 -> {late, Tag} end.
down(Ref, Pid) -> receive {'DOWN', Ref, process, Pid, R} -> R after 1000 -> late end.
start() ->
    S = self(),
    P1 = spawn(fun() -> S ! {a, self()} end),
    P2 = spawn(?MODULE, child, [S, b]),
    P3 = spawn_link(?MODULE, child, [S, c]),
    {P4, R4} = spawn_monitor(?MODULE, child, [S, d]),
    {P5, R5} = spawn_monitor(fun() -> exit(five) end),
    P6 = spawn_opt(?MODULE, child, [S, f], []),
    {P7, R7} = spawn_opt(fun() -> exit(seven) end, [monitor, link]),
    process_flag(trap_exit, true),
    P8 = spawn_opt(fun() -> exit(eight) end, [link]),
    [got(a, P1), got(b, P2), got(c, P3), got(d, P4), down(R4, P4), down(R5, P5), got(f, P6),
     down(R7, P7), receive {'EXIT', P7, W7} -> W7 after 1000 -> late end,
     receive {'EXIT', P8, W8} -> W8 after 1000 -> late end,
     receive {'EXIT', P3, W3} -> W3 after 1000 -> late end,
     is_pid(P1), is_reference(R4), P1 =/= P2,
     t(fun() -> spawn(not_a_fun) end), t(fun() -> spawn([]) end),
     t(fun() -> spawn(?MODULE, child, not_a_list) end), t(fun() -> spawn(?MODULE, 1, []) end),
     t(fun() -> spawn("m", child, []) end), t(fun() -> spawn(?MODULE, child, [a | b]) end),
     t(fun() -> spawn_link(3) end), t(fun() -> spawn_monitor(notfun) end),
     t(fun() -> spawn_opt(fun() -> ok end, [bogus]) end), t(fun() -> spawn_opt(fun() -> ok end, notalist) end),
     t(fun() -> spawn_opt(fun() -> ok end, [{priority, bogus}]) end),
     t(fun() -> spawn_opt(fun() -> ok end, [{min_heap_size, -1}]) end),
     t(fun() -> spawn_opt(fun() -> ok end, [{fullsweep_after, -1}]) end),
     t(fun() -> spawn_opt(fun() -> ok end, [{message_queue_data, bogus}]) end)].
