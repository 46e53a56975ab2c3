%% Protects spawn_opt and process_flag for min_heap_size and min_bin_vheap_size: values are rounded up to erl's heap size table and read back with process_info.
-module(proc_spawn_opt_heap).
-export([start/0]).
idle() -> receive stop -> ok end.
info(Opts, Items) ->
    P = spawn_opt(fun idle/0, Opts),
    R = process_info(P, Items),
    P ! stop,
    R.
gc(P, K) -> {garbage_collection, L} = process_info(P, garbage_collection), proplists:get_value(K, L).
start() ->
    Heap = [info([{min_heap_size, N}], [min_heap_size]) || N <- [0, 1, 100, 233, 234, 1000, 5000, 100000]],
    Bin = [info([{min_bin_vheap_size, N}], [min_bin_vheap_size]) || N <- [0, 46422, 50000]],
    P = spawn_opt(fun idle/0, [{min_heap_size, 3000}]),
    MH = gc(P, min_heap_size),
    P ! stop,
    Flags = [process_flag(min_heap_size, 1000), process_flag(min_heap_size, 233),
             process_flag(min_bin_vheap_size, 50000), process_flag(min_bin_vheap_size, 46422)],
    [Heap, Bin, MH, Flags].
