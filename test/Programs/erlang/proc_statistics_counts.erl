%% statistics/1 counters and process_info reductions move as work is done:
%% reductions grow with calls (total and since the last call), collections
%% and reclaimed words grow with garbage_collect, run queue figures are
%% non-negative integers, one per scheduler plus the dirty queues.
-module(proc_statistics_counts).
-export([start/0]).

start() ->
    {R0, _} = statistics(reductions),
    {_, Before} = process_info(self(), reductions),
    burn(20000),
    {R1, Since} = statistics(reductions),
    {_, After} = process_info(self(), reductions),
    {G0, W0, 0} = statistics(garbage_collection),
    _ = [lists:seq(1, 1000) || _ <- lists:seq(1, 50)],
    erlang:garbage_collect(),
    {G1, W1, 0} = statistics(garbage_collection),
    {E1, _} = statistics(exact_reductions),
    Q = statistics(run_queue),
    Lengths = statistics(run_queue_lengths),
    All = statistics(run_queue_lengths_all),
    Active = statistics(total_active_tasks),
    Helper = spawn(fun() -> burn(5000), receive stop -> ok end end),
    timer:sleep(50),
    {_, HelperReds} = process_info(Helper, reductions),
    Helper ! stop,
    [R1 - R0 >= 20000, Since > 0, Since =< R1, After - Before >= 20000,
     G1 > G0, W1 >= W0, E1 >= R1,
     is_integer(Q) andalso Q >= 0,
     length(Lengths) =:= erlang:system_info(schedulers) + 1,
     length(All) =:= erlang:system_info(schedulers) + 2,
     lists:all(fun(N) -> is_integer(N) andalso N >= 0 end, Lengths ++ All),
     Active >= 1, HelperReds >= 5000].

burn(0) -> ok;
burn(N) -> id(N), burn(N - 1).

id(X) -> X.
