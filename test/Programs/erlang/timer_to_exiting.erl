%% Protects timers whose owner or target exits: a timer started by a process that exits still fires to its target, start_timer to a process that dies is gone (read_timer false), and a timer sent to a name resolves to the process registered at expiry.
-module(timer_to_exiting).
-export([start/0]).
start() ->
    S = self(),
    P = spawn(fun() -> erlang:send_after(30, S, from_dead_starter), S ! {ref, erlang:start_timer(30, S, dead_starter_timeout)} end),
    TRef = receive {ref, R} -> R end,
    _ = P,
    R1 = [receive from_dead_starter -> ok after 1000 -> late end,
          receive {timeout, TRef, dead_starter_timeout} -> ok after 1000 -> late end],
    Q = spawn(fun() -> receive _ -> ok end end),
    T2 = erlang:start_timer(5000, Q, never),
    Left = is_integer(erlang:read_timer(T2)),
    exit(Q, kill),
    timer:sleep(20),
    R2 = [Left, erlang:read_timer(T2), erlang:cancel_timer(T2)],
    A = spawn(fun() -> register(timer_slot, self()), receive stop -> ok end end),
    timer:sleep(10),
    erlang:send_after(50, timer_slot, {for_slot, 1}),
    A ! stop,
    timer:sleep(10),
    B = spawn(fun() -> register(timer_slot, self()), receive M -> S ! {b_got, M} end end),
    _ = B,
    R3 = receive {b_got, M} -> M after 1000 -> late end,
    [R1, R2, R3].
