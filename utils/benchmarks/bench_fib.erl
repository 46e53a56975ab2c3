%% Benchmark: doubly recursive fib, measuring calls, small-integer arithmetic and returns.
-module(bench_fib).
-export([run/0]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

run() -> fib(38).
