%% Protects timers with {abs, true} (send_after/4, start_timer/4, a deadline in the past fires at once), timers to registered names resolved when they fire, to a name that is gone, and to a dead process.
-module(timer_abs_names).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
mail() -> receive M -> [M | mail()] after 50 -> [] end.
start() ->
    Now = erlang:monotonic_time(millisecond),
    T1 = erlang:start_timer(Now + 30, self(), abs1, [{abs, true}]),
    R1 = receive {timeout, T1, abs1} -> erlang:monotonic_time(millisecond) >= Now + 30 after 1000 -> late end,
    T2 = erlang:send_after(Now - 5, self(), past, [{abs, true}]),
    R2 = receive past -> past after 1000 -> late end,
    R3 = [erlang:read_timer(T2), is_reference(T2)],
    T4 = erlang:start_timer(Now + 100000, self(), far, [{abs, true}]),
    Left = erlang:read_timer(T4),
    R4 = [Left > 90000, Left =< 100000, is_integer(erlang:cancel_timer(T4))],
    R5 = erlang:send_after(100, self(), rel, [{abs, false}]),
    erlang:cancel_timer(R5),
    register(tname, self()),
    erlang:send_after(10, tname, to_name),
    Tn = erlang:start_timer(10, tname, to_name_timeout),
    R6 = [receive to_name -> to_name after 1000 -> late end, receive {timeout, Tn, to_name_timeout} -> timeout_msg after 1000 -> late end],
    unregister(tname),
    erlang:send_after(10, tname, lost),
    erlang:start_timer(10, gone_name, lost2),
    S = self(),
    P = spawn(fun() -> receive go -> register(tname2, self()), S ! registered, receive M -> S ! {relay, M} end end end),
    erlang:send_after(30, tname2, late_name),
    P ! go,
    receive registered -> ok end,
    R7 = receive {relay, M} -> M after 1000 -> late end,
    Dead = spawn(fun() -> ok end),
    timer:sleep(10),
    TD = erlang:send_after(10, Dead, to_dead),
    R8 = [erlang:read_timer(TD), erlang:cancel_timer(TD)],
    Errs = [t(fun() -> erlang:start_timer(Now, self(), x, [{abs, true}, bogus]) end),
            t(fun() -> erlang:start_timer(-1, self(), x) end), t(fun() -> erlang:start_timer(10, {tname, node()}, x) end),
            t(fun() -> erlang:start_timer(1.5, self(), x) end), t(fun() -> erlang:start_timer(10, self(), x, notalist) end)],
    [R1, R2, R3, R4, R6, R7, R8, Errs, mail()].
