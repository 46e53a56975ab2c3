%% Benchmark: two processes bouncing one message back and forth, measuring
%% the latency of a send, a receive and a switch to the other process with no
%% other work around them. 2000000 round trips; the ponger adds one to the
%% counter each time, so the checksum is the counter that comes back.
-module(bench_ping_pong).
-export([run/0]).

-define(ROUNDS, 2000000).

run() ->
    Pong = spawn(fun pong/0),
    N = ping(Pong, ?ROUNDS, 0),
    Pong ! stop,
    {?ROUNDS, N}.

ping(_, 0, N) -> N;
ping(Pong, Left, N) ->
    Pong ! {ping, self(), N},
    receive
        {pong, N1} -> ping(Pong, Left - 1, N1)
    end.

pong() ->
    receive
        {ping, From, N} -> From ! {pong, N + 1}, pong();
        stop -> ok
    end.
