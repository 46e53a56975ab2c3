-module(plimit).
-export([main/0]).

%% Spawns until the process table is full, then reports what erl reports.
main() ->
    Limit = erlang:system_info(process_limit),
    {Pids, Error} = fill([]),
    %% The report goes to logger; wait until it is written.
    _ = sys:get_state(logger),
    ok = logger_std_h:filesync(default),
    io:format("limit ~p full ~p error ~p~n",
              [Limit, length(processes()) =:= Limit, Error]),
    %% spawn_request answers a full table with an error reply.
    ReqId = spawn_request(fun() -> ok end),
    receive
        {spawn_reply, ReqId, error, Why} -> io:format("spawn_request ~p~n", [Why])
    after 1000 -> io:format("spawn_request no reply~n")
    end,
    [exit(P, kill) || P <- Pids],
    wait_below(Limit),
    P = spawn(fun() -> ok end),
    io:format("spawn after ~p~n", [is_pid(P)]),
    {Pid, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, Pid, R} -> io:format("down ~p~n", [R]) end.

fill(Acc) ->
    try spawn(fun() -> receive stop -> ok end end) of
        P -> fill([P | Acc])
    catch error:E -> {Acc, E}
    end.

wait_below(Limit) ->
    case length(processes()) < Limit of
        true -> ok;
        false -> timer:sleep(1), wait_below(Limit)
    end.
