%% Benchmark: message passing between processes in a ring, measuring send, receive and switches.
-module(bench_messages).
-export([run/0]).

relay(Next) ->
    receive
        {hop, 0, Owner} -> Owner ! {done, self()}, relay(Next);
        {hop, N, Owner} -> Next ! {hop, N - 1, Owner}, relay(Next);
        stop -> Next ! stop
    end.

run() ->
    Self = self(),
    First = spawn(fun() -> receive {next, Next} -> relay(Next) end end),
    Last = lists:foldl(fun(_, Next) -> spawn(fun() -> relay(Next) end) end, First, lists:seq(1, 99)),
    First ! {next, Last},
    Hops = 1000000,
    Last ! {hop, Hops, Self},
    receive {done, _} -> ok end,
    Last ! stop,
    Hops.
