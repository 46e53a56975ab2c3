-module(ub_tailrec).
-export([start/0]).
loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + N rem 7).
count(L) -> count(L, 0).
count([], N) -> N;
count([_ | T], N) -> count(T, N + 1).
collatz(1, Steps) -> Steps;
collatz(N, Steps) when N rem 2 =:= 0 -> collatz(N div 2, Steps + 1);
collatz(N, Steps) -> collatz(3 * N + 1, Steps + 1).
even(0) -> true; even(N) -> odd(N - 1).
odd(0) -> false; odd(N) -> even(N - 1).
start() ->
    [loop(3000000, 0), count(lists:seq(1, 500000)), lists:max([collatz(N, 0) || N <- lists:seq(1, 3000)]), even(1000001),
     lists:foldl(fun(X, A) -> A + X end, 0, lists:seq(1, 200000))].
