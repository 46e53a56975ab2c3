%% Protects statistics/1 item shapes (queues, tasks, off-by-default counters) and erts_debug:flat_size/size/same on plain terms.
-module(ve_stats_debug).
-export([start/0]).
shape(T) when is_tuple(T) -> list_to_tuple([shape(E) || E <- tuple_to_list(T)]);
shape(L) when is_list(L) -> [shape(E) || E <- L];
shape(I) when is_integer(I) -> int;
shape(X) -> X.
start() ->
    L = [1, 2, 3],
    [[{K, shape(statistics(K))} || K <- [runtime, wall_clock, reductions, exact_reductions, garbage_collection, io,
                                        context_switches, run_queue, total_run_queue_lengths, total_active_tasks]],
     is_list(statistics(run_queue_lengths)), is_list(statistics(active_tasks)), statistics(scheduler_wall_time),
     [erts_debug:flat_size(X) || X <- [a, 1, 1 bsl 70, 1.5, [1, 2], {a, b}, <<"abc">>, "abc", #{a => 1}, {L, L}, [{x, "y"}]]],
     erts_debug:size({L, L}), erts_debug:size([L, L, L]), erts_debug:same(L, L), erts_debug:same(L, [1, 2, 3])].
