%% Protects signal ordering seen by the sender: after exit(P, kill) the same process sees P dead (is_process_alive, process_info), a message sent before an exit is still in the queue when the exit is trapped, and a DOWN follows every earlier message from the dying process.
-module(proc_signal_order).
-export([start/0]).
start() ->
    P = spawn(fun() -> receive after infinity -> ok end end),
    exit(P, kill),
    R1 = [is_process_alive(P), process_info(P, status)],
    Q = spawn(fun() -> receive after infinity -> ok end end),
    exit(Q, normal),
    R2 = is_process_alive(Q),
    exit(Q, shutdown),
    R3 = [is_process_alive(Q), process_info(Q, status)],
    S = self(),
    T = spawn(fun() ->
                      process_flag(trap_exit, true),
                      S ! ready,
                      receive go -> ok end,
                      {messages, Ms} = process_info(self(), messages),
                      S ! {seen, [case M of {'EXIT', F, W} -> {'EXIT', F =:= S, W}; _ -> M end || M <- Ms]}
              end),
    receive ready -> ok end,
    T ! first, exit(T, reason_one), T ! second, exit(T, normal), T ! go,
    R4 = receive {seen, L} -> L after 1000 -> late end,
    {W, M} = spawn_monitor(fun() -> [S ! {n, I} || I <- lists:seq(1, 50)], exit(finished) end),
    R5 = collect(M, W, []),
    [R1, R2, R3, R4, R5].
collect(M, W, Acc) ->
    receive
        {n, I} -> collect(M, W, [I | Acc]);
        {'DOWN', M, process, W, Why} -> {lists:reverse(Acc) =:= lists:seq(1, 50), Why}
    end.
