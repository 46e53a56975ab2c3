%% Protects timer references across processes: a timer started by one process can be read and cancelled by another, cancel_timer/2 {async, true} replies to the canceller, and a timer to self fires after its owner cancelled another.
-module(timer_cross_process).
-export([start/0]).
near(X) when is_integer(X), X > 4000, X =< 5000 -> near;
near(X) -> X.
start() ->
    S = self(),
    T = erlang:send_after(5000, S, never_comes),
    P = spawn(fun() ->
                      A = near(erlang:read_timer(T)),
                      B = near(erlang:cancel_timer(T)),
                      C = erlang:cancel_timer(T),
                      S ! {other, [A, B, C]}
              end),
    _ = P,
    R1 = receive {other, L} -> L after 1000 -> late end,
    T2 = erlang:start_timer(5000, S, never2),
    Q = spawn(fun() ->
                      ok = erlang:cancel_timer(T2, [{async, true}]),
                      receive {cancel_timer, T2, V} -> S ! {async_reply, near(V)} after 1000 -> S ! {async_reply, none} end
              end),
    _ = Q,
    R2 = receive {async_reply, X} -> X after 2000 -> late end,
    R3 = receive never_comes -> bad; {timeout, T2, never2} -> bad after 50 -> none end,
    T3 = erlang:start_timer(20, S, fires),
    R4 = receive {timeout, T3, fires} -> fired after 1000 -> late end,
    R5 = [catch receive after 16#FFFFFFFF + 1 -> x end, catch receive x -> x after a -> y end],
    [R1, R2, R3, R4, R5].
