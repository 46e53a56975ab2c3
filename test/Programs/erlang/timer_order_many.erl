%% Protects timer delivery order: timers fire in deadline order whatever order they were started in, send_after and start_timer mix, many timers and cancelling half of them.
-module(timer_order_many).
-export([start/0]).
mail(0) -> [];
mail(N) -> receive M -> [M | mail(N - 1)] after 2000 -> [late] end.
start() ->
    Ts = [erlang:send_after(T, self(), T) || T <- [60, 20, 100, 40, 80, 0]],
    R1 = mail(6),
    Refs = [{N, erlang:start_timer(10 + N * 3, self(), N)} || N <- lists:seq(1, 40)],
    Cancelled = [N || {N, R} <- Refs, N rem 2 =:= 0, is_integer(erlang:cancel_timer(R))],
    R2 = [N || {timeout, _, N} <- mail(20)],
    R3 = receive X -> {extra, X} after 200 -> none end,
    _ = Ts,
    [R1, Cancelled, R2, R3].
