%% bench-flags: +P 2000000
%% Benchmark: a ring of 1000000 processes passing one token once around,
%% measuring the cost of a very large number of live processes: spawning
%% them (most of the time), the memory they take, and send/receive when every
%% hop wakes a process nobody touched for a long time. erl's default limit is
%% 262144 processes, hence the +P flag above, which utils/bench passes to
%% both VMs. The relays are left waiting when run/0 returns.
-module(bench_ring_1m).
-export([run/0]).

-define(SIZE, 1000000).
-define(LAPS, 1).

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
