%% Protects process_info(P, initial_call) for spawn/3, spawn of funs, proc_lib and gen_server processes, and proc_lib:initial_call/1.
-module(vc_initial_call).
-export([start/0, wait/1]).
wait(X) -> receive stop -> X end.
start() ->
    P1 = spawn(?MODULE, wait, [a]),
    P2 = spawn(fun() -> wait(b) end),
    P3 = proc_lib:spawn(?MODULE, wait, [c]),
    P4 = spawn_link(?MODULE, wait, [d]),
    {ok, G} = gen_server:start(timer, [], []),
    R = [process_info(P1, initial_call), process_info(P2, initial_call), process_info(P3, initial_call),
         process_info(P4, [initial_call, status]), process_info(G, initial_call), proc_lib:initial_call(P3),
         proc_lib:translate_initial_call(P3), proc_lib:initial_call(G), proc_lib:translate_initial_call(G),
         proc_lib:initial_call(P1)],
    [P ! stop || P <- [P1, P2, P3, P4]],
    gen_server:stop(G),
    R.
