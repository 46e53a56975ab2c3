%% Benchmark: list quicksort with comprehensions over pseudo-random integers.
-module(bench_quicksort).
-export([run/0]).

qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P | qsort([X || X <- T, X >= P])].

randoms(0, _, Acc) -> Acc;
randoms(N, S, Acc) ->
    S2 = (S * 1103515245 + 12345) band 16#7FFFFFFF,
    randoms(N - 1, S2, [S2 rem 1000000 | Acc]).

loop(0, _, Acc) -> Acc;
loop(N, L, Acc) ->
    S = qsort(L),
    loop(N - 1, L, (Acc + lists:nth(1000, S)) rem 1000000007).

run() -> loop(60, randoms(20000, 7, []), 0).
