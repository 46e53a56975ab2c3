%% Benchmark: a ring of 10000 processes passing one token around 300 times
%% (3000000 hops), measuring send, receive and the switch to the next process
%% when that is always a different one among many (cold caches, unlike the
%% 100-process ring of bench_messages). Building the ring is timed too; the
%% relays are left waiting when run/0 returns.
-module(bench_ring_10k).
-export([run/0]).

-define(SIZE, 10000).
-define(LAPS, 300).

run() ->
    Hops = ?SIZE * ?LAPS,
    First = spawn(fun() -> receive {next, Next} -> relay(Next) end end),
    Last = chain(?SIZE - 1, First),
    First ! {next, Last},
    Last ! {token, Hops, 0, self()},
    receive {done, Sum} -> {?SIZE, Hops, Sum} end.

%% Spawns N relays, each sending to the one spawned before it.
chain(0, Next) -> Next;
chain(N, Next) -> chain(N - 1, spawn(fun() -> relay(Next) end)).

relay(Next) ->
    receive
        {token, 1, Sum, Owner} -> Owner ! {done, Sum + 1};
        {token, N, Sum, Owner} -> Next ! {token, N - 1, Sum + 1, Owner}
    end,
    relay(Next).
