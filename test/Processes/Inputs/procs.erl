%% Spawn, send, receive, links, monitors, names and exits, printed with
%% erlang:display so that only terms without pids or refs are compared.
-module(procs).
-export([start/0, crash/0]).

start() ->
    erlang:display(ping_pong()),
    erlang:display(fan_in(8)),
    erlang:display(selective()),
    erlang:display(marker_receive()),
    erlang:display(links()),
    erlang:display(monitors()),
    erlang:display(names()),
    erlang:display(info()),
    ok.

ping_pong() ->
    Self = self(),
    P = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    P ! {ping, Self},
    receive pong -> pong after 1000 -> timeout end.

%% Every message from several senders arrives, each sender's in order.
fan_in(N) ->
    Self = self(),
    [spawn(fun() -> [Self ! {K, I} || I <- lists:seq(1, 50)] end) || K <- lists:seq(1, N)],
    Got = [receive {K, I} -> I end || K <- lists:seq(1, N), I <- lists:seq(1, 50)],
    {length(Got), lists:sum(Got)}.

selective() ->
    self() ! a, self() ! b, self() ! c,
    B = receive b -> b end,
    C = receive c -> c end,
    A = receive X -> X end,
    Empty = receive _ -> not_empty after 0 -> empty end,
    {B, C, A, Empty}.

%% A receive on a fresh reference skips older messages (recv markers).
marker_receive() ->
    [self() ! {old, I} || I <- lists:seq(1, 100)],
    Ref = make_ref(),
    self() ! {Ref, new},
    R = receive {Ref, V} -> V end,
    {R, length([ok || _ <- lists:seq(1, 100), receive {old, _} -> true end])}.

links() ->
    process_flag(trap_exit, true),
    P1 = spawn_link(fun() -> ok end),
    P2 = spawn_link(fun() -> exit(bad) end),
    P3 = spawn_link(fun() -> receive _ -> ok end end),
    exit(P3, kill),
    Self = self(),
    P4 = spawn(fun() -> link(Self), Self ! linked, receive _ -> ok end end),
    receive linked -> ok end,
    unlink(P4),
    exit(P4, kill),
    R = [receive {'EXIT', P, Why} -> Why after 1000 -> timeout end || P <- [P1, P2, P3]],
    Stray = receive {'EXIT', P4, _} -> stray after 50 -> none end,
    process_flag(trap_exit, false),
    {R, Stray}.

monitors() ->
    {P, Ref} = spawn_monitor(fun() -> exit(custom) end),
    D1 = receive {'DOWN', Ref, process, P, W} -> W end,
    Ref2 = monitor(process, P),
    D2 = receive {'DOWN', Ref2, process, P, W2} -> W2 end,
    Q = spawn(fun() -> receive _ -> ok end end),
    Ref3 = monitor(process, Q),
    true = demonitor(Ref3, [flush]),
    exit(Q, kill),
    D3 = receive {'DOWN', Ref3, _, _, _} -> got_down after 50 -> no_down end,
    Ref4 = monitor(process, no_such_name),
    D4 = receive {'DOWN', Ref4, process, {Name, _Node}, W4} -> {Name, W4} end,
    {D1, D2, D3, D4}.

names() ->
    true = register(procs_test_name, self()),
    procs_test_name ! hello,
    H = receive hello -> hello end,
    Dup = catch register(procs_test_name, self()),
    Where = whereis(procs_test_name) =:= self(),
    true = unregister(procs_test_name),
    Bad = catch procs_test_name ! x,
    {H, element(1, element(2, Dup)), Where, whereis(procs_test_name), element(1, element(2, Bad))}.

info() ->
    self() ! m1, self() ! m2,
    {message_queue_len, L} = process_info(self(), message_queue_len),
    {messages, Ms} = process_info(self(), messages),
    receive m1 -> ok end, receive m2 -> ok end,
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    {L, Ms, is_process_alive(Dead), process_info(Dead, status), process_info(self(), registered_name)}.

crash() ->
    {Pid, Ref} = spawn_monitor(fun() -> erlang:error(x) end),
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    %% The report has gone to logger; wait until its handler has written
    %% it, then give the write to stdout time to land on a loaded machine.
    _ = sys:get_state(logger),
    ok = logger_std_h:filesync(default),
    timer:sleep(500),
    erlang:display(after_crash).
