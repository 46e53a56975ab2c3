%% Protects what process_info reports for a hibernating process: it waits in erlang:hibernate/3 with an empty stack until a message arrives.
-module(proc_hibernate_info).
-export([start/0, woke/0]).
woke() -> receive stop -> ok end.
start() ->
    P = spawn(fun() -> erlang:hibernate(?MODULE, woke, []) end),
    timer:sleep(30),
    R = process_info(P, [status, current_function, message_queue_len]),
    P ! wake_up,
    timer:sleep(30),
    R2 = process_info(P, [status, current_function, message_queue_len]),
    P ! stop,
    [R, R2].
