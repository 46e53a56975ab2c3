%% Protects process_info's current_function, current_location and current_stacktrace for other processes (waiting in a receive, deep in a non-tail recursion, in a library's sleep, hibernating) and for the caller, plus parent and the keys of garbage_collection_info.
-module(proc_info_stacks).
-export([start/0, loop/0, deep/1]).
loop() -> receive stop -> ok; _ -> loop() end.
deep(0) -> receive stop -> ok end, 0;
deep(N) -> 1 + deep(N - 1).
settle(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), settle(P)
    end.
start() ->
    Items = [current_function, current_location, current_stacktrace],
    P = spawn(?MODULE, loop, []),
    Q = spawn(fun() -> erlang:hibernate(?MODULE, loop, []) end),
    R = spawn(?MODULE, deep, [3]),
    S = spawn(fun() -> timer:sleep(100000) end),
    Ps = [P, Q, R, S],
    [settle(X) || X <- Ps],
    Others = [process_info(X, Items) || X <- Ps],
    Mine = process_info(self(), [current_function, current_location]),
    Parents = [process_info(X, parent) =:= {parent, self()} || X <- Ps],
    {garbage_collection_info, Gc} = process_info(P, garbage_collection_info),
    GcKeys = [K || {K, V} <- Gc, is_integer(V), V >= 0],
    [exit(X, kill) || X <- Ps],
    {Others, Mine, Parents, GcKeys}.
