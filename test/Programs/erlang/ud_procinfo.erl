-module(ud_procinfo).
-export([start/0]).
start() ->
    register(ud_me, self()),
    P = spawn(fun() -> receive stop -> ok end end),
    [process_info(self(), registered_name), process_info(P, registered_name), process_info(self(), trap_exit),
     element(1, process_info(self(), current_function)),
     process_info(self(), priority), process_info(self(), [trap_exit, priority]), process_info(P, message_queue_len),
     process_info(P, links), process_info(self(), group_leader) =:= {group_leader, group_leader()},
     lists:member(P, processes()), whereis(ud_me) =:= self(), lists:member(ud_me, registered()),
     try register(ud_me, P) catch error:E1 -> E1 end, try register(undefined, P) catch error:E2 -> E2 end, unregister(ud_me), whereis(ud_me),
     P ! stop, timer:sleep(5), process_info(P), is_process_alive(P)].
