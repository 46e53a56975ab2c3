%% Benchmark: spawning short-lived processes that exit at once, measuring
%% spawn, process exit and monitor 'DOWN' delivery.
%% 200000 processes are started with spawn_monitor in batches of 1000 (so at
%% most a batch is alive at a time, well under the default process limit);
%% each exits with {done, I} and the parent waits for every 'DOWN'.
-module(bench_spawn_exit).
-export([run/0]).

-define(TOTAL, 200000).
-define(BATCH, 1000).

run() -> batches(0, 0, 0).

batches(Next, Count, Sum) when Next >= ?TOTAL -> {Count, Sum};
batches(Next, Count, Sum) ->
    Refs = spawn_batch(Next, Next + ?BATCH, []),
    {C, S} = collect(Refs, 0, 0),
    batches(Next + ?BATCH, Count + C, Sum + S).

spawn_batch(I, End, Acc) when I >= End -> Acc;
spawn_batch(I, End, Acc) ->
    {_, Ref} = spawn_monitor(fun() -> exit({done, I}) end),
    spawn_batch(I + 1, End, [Ref | Acc]).

collect([], Count, Sum) -> {Count, Sum};
collect([Ref | Refs], Count, Sum) ->
    receive
        {'DOWN', Ref, process, _, {done, I}} -> collect(Refs, Count + 1, Sum + I)
    end.
