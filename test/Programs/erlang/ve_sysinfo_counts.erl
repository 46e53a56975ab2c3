%% Protects system_info scheduler and CPU counts (as erl reports them on this machine), schedulers_online round trips, run-queue list lengths.
-module(ve_sysinfo_counts).
-export([start/0]).
start() ->
    S = erlang:system_info(schedulers),
    Keys = [schedulers, schedulers_online, logical_processors, logical_processors_available, logical_processors_online,
            dirty_cpu_schedulers, dirty_cpu_schedulers_online, dirty_io_schedulers, thread_pool_size],
    Info = [{K, erlang:system_info(K)} || K <- Keys], % Before any change: erl adjusts dirty counts later.
    Old = erlang:system_flag(schedulers_online, 1),
    One = erlang:system_info(schedulers_online),
    1 = erlang:system_flag(schedulers_online, Old),
    [Info, Old =:= S, One, length(statistics(run_queue_lengths)) =:= S + 1,
     length(statistics(active_tasks_all)) =:= S + 2, catch erlang:system_flag(schedulers_online, S + 1)].
