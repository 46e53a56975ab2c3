%% Protects cancel_timer/1,2 and read_timer/1,2 in every option form ({async, _}, {info, _}) on running, fired and already cancelled timers, and the messages the async forms send.
-module(timer_cancel_read).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
near(X) when is_integer(X), X > 9000, X =< 10000 -> near;
near(X) -> X.
mail() -> receive M -> [M | mail()] after 20 -> [] end.
shape({cancel_timer, R, V}) when is_reference(R) -> {cancel_timer, near(V)};
shape({read_timer, R, V}) when is_reference(R) -> {read_timer, near(V)};
shape(M) -> M.
start() ->
    T1 = erlang:send_after(10000, self(), t1),
    A = [near(erlang:read_timer(T1)), near(erlang:read_timer(T1, [])), erlang:read_timer(T1, [{async, false}]) =/= false,
         erlang:read_timer(T1, [{async, true}]), near(erlang:cancel_timer(T1, [{info, true}])),
         erlang:cancel_timer(T1), erlang:read_timer(T1), erlang:cancel_timer(T1, [{async, true}]),
         erlang:cancel_timer(T1, [{async, true}, {info, false}])],
    AM = [shape(M) || M <- mail()],
    T2 = erlang:start_timer(10000, self(), t2),
    B = [erlang:cancel_timer(T2, [{async, true}, {info, true}]), erlang:cancel_timer(T2, [{async, false}, {info, false}])],
    BM = [shape(M) || M <- mail()],
    T3 = erlang:send_after(10000, self(), t3),
    C = [erlang:cancel_timer(T3, [{info, false}]), erlang:read_timer(T3), erlang:cancel_timer(T3, [{info, false}])],
    T4 = erlang:send_after(0, self(), t4),
    receive t4 -> ok end,
    D = [erlang:read_timer(T4), erlang:cancel_timer(T4), erlang:cancel_timer(T4, [{async, true}, {info, true}])],
    DM = [shape(M) || M <- mail()],
    T5 = erlang:start_timer(10000, self(), t5),
    E = [erlang:cancel_timer(T5, [{async, true}, {info, true}, {async, false}])],
    Errs = [t(fun() -> erlang:cancel_timer(T5, [bogus]) end), t(fun() -> erlang:cancel_timer(T5, [{async, maybe}]) end),
            t(fun() -> erlang:cancel_timer(T5, notalist) end), t(fun() -> erlang:read_timer(T5, [{info, true}]) end),
            t(fun() -> erlang:read_timer(not_ref) end), t(fun() -> erlang:read_timer(T5, [{async, x}]) end),
            t(fun() -> erlang:cancel_timer(42, []) end)],
    [A, AM, B, BM, C, D, DM, E, Errs, mail()].
