-module(ub_timer).
-export([start/0]).
start() ->
    {T, V} = timer:tc(fun() -> lists:sum(lists:seq(1, 1000)) end),
    {T2, V2} = timer:tc(lists, seq, [1, 3]),
    ok = timer:sleep(5),
    erlang:send_after(10, self(), tick),
    R = receive tick -> tick after 1000 -> none end,
    Ref = erlang:start_timer(10, self(), hello),
    R2 = receive {timeout, Ref, hello} -> timeout_msg after 1000 -> none end,
    {is_integer(T), T >= 0, V, is_integer(T2), V2, R, R2, timer:seconds(2), timer:minutes(1), timer:hms(1, 1, 1),
     is_integer(erlang:monotonic_time()), is_integer(erlang:system_time(millisecond)), is_integer(os:system_time()),
     is_tuple(os:timestamp()), is_tuple(erlang:timestamp())}.
