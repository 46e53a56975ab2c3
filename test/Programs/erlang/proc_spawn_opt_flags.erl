%% Protects spawn_opt and process_flag for priority, fullsweep_after and message_queue_data (read back with process_info), and their badarg cases.
-module(proc_spawn_opt_flags).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
idle() -> receive stop -> ok end.
info(Opts, Items) ->
    P = spawn_opt(fun idle/0, Opts),
    R = process_info(P, Items),
    P ! stop,
    R.
gc(P, K) -> {garbage_collection, L} = process_info(P, garbage_collection), proplists:get_value(K, L).
start() ->
    Items = [priority, message_queue_data, min_heap_size, min_bin_vheap_size],
    D = info([], Items),
    Pri = [info([{priority, X}], [priority]) || X <- [low, normal, high, max]],
    Mq = [info([{message_queue_data, X}], [message_queue_data]) || X <- [on_heap, off_heap]],
    P = spawn_opt(fun idle/0, [{fullsweep_after, 7}]),
    FS = gc(P, fullsweep_after), FSDefault = gc(self(), fullsweep_after),
    P ! stop,
    Flags = [process_flag(priority, high), process_flag(priority, low), process_flag(priority, normal),
             process_flag(message_queue_data, off_heap), process_flag(message_queue_data, on_heap),
             t(fun() -> process_flag(priority, bogus) end), t(fun() -> process_flag(min_heap_size, -5) end),
             t(fun() -> process_flag(message_queue_data, x) end), t(fun() -> process_flag(bogus_flag, 1) end),
             t(fun() -> process_flag(trap_exit, maybe) end)],
    [D, Pri, Mq, FS, FSDefault, Flags].
