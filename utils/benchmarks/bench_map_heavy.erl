%% Benchmark: maps with integer keys: maps:put/get/update in loops and a final fold.
-module(bench_map_heavy).
-export([run/0]).

fill(0, M) -> M;
fill(N, M) -> fill(N - 1, maps:put(N, N * 2, M)).

touch(0, M, _) -> M;
touch(N, M, Size) ->
    K = (N * 7919) rem Size + 1,
    V = maps:get(K, M),
    touch(N - 1, M#{K := V + 1}, Size).

lookups(0, _, Acc, _) -> Acc;
lookups(N, M, Acc, Size) ->
    lookups(N - 1, M, Acc + maps:get((N * 104729) rem Size + 1, M, 0), Size).

run() ->
    Size = 100000,
    M = fill(Size, #{}),
    M2 = touch(500000, M, Size),
    Small = lists:foldl(fun(I, Acc) -> Acc#{I rem 20 => I} end, #{}, lists:seq(1, 250000)),
    {lookups(500000, M2, 0, Size), maps:fold(fun(K, V, A) -> (A + K * V) rem 1000000007 end, 0, M2),
     maps:size(Small)}.
