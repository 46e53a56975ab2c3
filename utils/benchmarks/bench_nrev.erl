%% Benchmark: naive reverse, measuring list construction, append and garbage collection.
-module(bench_nrev).
-export([run/0]).

app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

loop(0, _, Acc) -> Acc;
loop(N, L, Acc) -> loop(N - 1, L, Acc + hd(nrev(L))).

run() -> loop(400, lists:seq(1, 600), 0).
