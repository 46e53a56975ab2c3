-module(ua_procs).
-export([start/0]).
worker(Parent, N) -> Parent ! {result, self(), N * N}.
loop(Acc) ->
    receive
        {add, X} -> loop(Acc + X);
        {get, From} -> From ! {value, Acc}, loop(Acc);
        stop -> ok
    end.
start() ->
    Self = self(),
    Pids = [spawn(fun() -> worker(Self, N) end) || N <- lists:seq(1, 10)],
    Results = [receive {result, P, V} -> V end || P <- Pids],
    Counter = spawn(fun() -> loop(0) end),
    [Counter ! {add, X} || X <- lists:seq(1, 100)],
    Counter ! {get, self()},
    Val = receive {value, V} -> V after 1000 -> timeout end,
    Counter ! stop,
    process_flag(trap_exit, true),
    Linked = spawn_link(fun() -> exit(custom_reason) end),
    Exit = receive {'EXIT', Linked, R} -> R after 1000 -> none end,
    {Mp, Ref} = spawn_monitor(fun() -> exit({oops, x}) end),
    Down = receive {'DOWN', Ref, process, Mp, {Why, _}} -> Why after 1000 -> none end,
    Ref2 = monitor(process, Counter),
    Down2 = receive {'DOWN', Ref2, process, _, R2} -> R2 after 1000 -> none end,
    Normal = spawn_link(fun() -> ok end),
    NExit = receive {'EXIT', Normal, NR} -> NR after 1000 -> none end,
    Timeout = receive never -> yes after 10 -> timed_out end,
    self() ! b, self() ! a, self() ! c,
    Sel = receive a -> got_a end,
    Rest = [receive M -> M end, receive M2 -> M2 end],
    {Results, Val, Exit, Down, Down2, NExit, Timeout, Sel, Rest, is_process_alive(Counter), is_pid(Self),
     process_info(self(), message_queue_len), erlang:demonitor(make_ref()), unlink(Linked)}.
