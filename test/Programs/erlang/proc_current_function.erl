%% Protects process_info current_function and initial_call of waiting processes: spawn/3 and fun spawns, a process blocked in a receive inside a named function, and one in timer:sleep/1.
-module(proc_current_function).
-export([start/0, waiter/1, outer/0]).
waiter(X) -> receive stop -> X end.
outer() -> inner_wait().
inner_wait() -> receive stop -> ok end.
start() ->
    P1 = spawn(?MODULE, waiter, [1]),
    P2 = spawn(fun() -> waiter(2) end),
    P3 = spawn(?MODULE, outer, []),
    P4 = spawn(fun() -> timer:sleep(infinity) end),
    timer:sleep(30),
    R = [process_info(P, [current_function, initial_call, status]) || P <- [P1, P2, P3, P4]],
    [P ! stop || P <- [P1, P2, P3]],
    exit(P4, kill),
    R.
