%% Benchmark: four independent processes computing fib(35) each, measuring
%% how the schedulers spread CPU-bound work over cores (compare +S 1 and
%% +S 2 with `utils/bench --schedulers 1,2`).
-module(bench_parallel_fib).
-export([run/0]).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

run() ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), fib(35)} end) || _ <- lists:seq(1, 4)],
    lists:sum([receive {P, R} -> R end || P <- Pids]).
