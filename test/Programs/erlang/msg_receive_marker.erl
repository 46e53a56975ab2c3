%% Protects the receive-marker optimisation: make_ref() followed by receive {Ref, _} skips a long queue of older messages and still finds only the reply, while the older messages stay queued in order.
-module(msg_receive_marker).
-export([start/0]).
call(Server, Req) ->
    Ref = make_ref(),
    Server ! {self(), Ref, Req},
    receive {Ref, Reply} -> Reply end.
call_monitor(Server, Req) ->
    Mon = monitor(process, Server),
    Server ! {self(), Mon, Req},
    receive {Mon, Reply} -> demonitor(Mon, [flush]), Reply; {'DOWN', Mon, _, _, Why} -> {down, Why} end.
server() ->
    receive
        {From, Ref, {double, N}} -> From ! {make_ref(), noise}, From ! {Ref, 2 * N}, server();
        {From, Ref, stop} -> From ! {Ref, stopping}
    end.
start() ->
    [self() ! {junk, N} || N <- lists:seq(1, 5000)],
    S = spawn(fun server/0),
    R1 = [call(S, {double, N}) || N <- lists:seq(1, 20)],
    R2 = [call_monitor(S, {double, N}) || N <- [100, 200]],
    R3 = call_monitor(S, stop),
    R4 = call_monitor(S, {double, 1}),
    {message_queue_len, Len} = process_info(self(), message_queue_len),
    First = receive {junk, F} -> F end,
    Noise = length([x || {R, noise} <- element(2, process_info(self(), messages)), is_reference(R)]),
    Rest = drain_junk(0),
    [R1, R2, R3, R4, Len, First, Noise, Rest].
drain_junk(N) -> receive {junk, _} -> drain_junk(N + 1) after 0 -> N end.
