%% Protects process_info(P, current_function) for other processes: blocked in a receive of this module, in timer:sleep, in a gen_server loop.
-module(ve_current_function).
-export([start/0, waiter/0, sleeper/0, deep/1]).
waiter() -> receive stop -> ok end.
sleeper() -> timer:sleep(200).
deep(0) -> receive stop -> ok end;
deep(N) -> deep(N - 1), ok.
start() ->
    P1 = spawn(?MODULE, waiter, []),
    P2 = spawn(?MODULE, sleeper, []),
    P3 = spawn(?MODULE, deep, [3]),
    {ok, G} = gen_server:start(timer, [], []),
    timer:sleep(20),
    R = [process_info(P, current_function) || P <- [P1, P2, P3, G]] ++ [process_info(P1, [current_function, status])],
    [exit(P, kill) || P <- [P1, P2, P3, G]],
    R.
