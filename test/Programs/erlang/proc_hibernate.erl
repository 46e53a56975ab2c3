%% Protects erlang:hibernate/3: the stack is discarded (a catch around it does not survive), the process waits in erlang:hibernate/3, wakes on a message and calls M:F(Args), and an empty mailbox check is preserved.
-module(proc_hibernate).
-export([start/0, woke/1, woke_throw/1]).
woke(Parent) ->
    receive M -> Parent ! {woke, M, process_info(self(), current_function)} end.
woke_throw(_) -> exit(after_wake).
start() ->
    S = self(),
    P = spawn(fun() -> erlang:hibernate(?MODULE, woke, [S]) end),
    timer:sleep(30),
    St = process_info(P, [status, message_queue_len]),
    P ! ping,
    Woke = receive {woke, ping, CF} -> CF after 1000 -> late end,
    {P2, M2} = spawn_monitor(fun() -> catch erlang:hibernate(?MODULE, woke_throw, [x]), exit(not_here) end),
    timer:sleep(20),
    P2 ! wake,
    W2 = receive {'DOWN', M2, process, P2, R2} -> R2 after 1000 -> late end,
    P3 = spawn(fun() -> self() ! early, erlang:hibernate(?MODULE, woke, [S]) end),
    W3 = receive {woke, early, _} -> early_woke after 1000 -> late end,
    _ = P3,
    {P4, M4} = spawn_monitor(fun() -> erlang:hibernate(erlang, exit, [hibernated_exit]) end),
    timer:sleep(20),
    P4 ! go,
    W4 = receive {'DOWN', M4, process, P4, R4} -> R4 after 1000 -> late end,
    [St, Woke, W2, W3, W4].
