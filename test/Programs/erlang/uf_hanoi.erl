-module(uf_hanoi).
-export([start/0]).
hanoi(0, _, _, _) -> [];
hanoi(N, From, To, Via) -> hanoi(N - 1, From, Via, To) ++ [{From, To}] ++ hanoi(N - 1, Via, To, From).
queens(N) -> queens(N, N, [[]]).
queens(_, 0, Acc) -> Acc;
queens(N, K, Acc) -> queens(N, K - 1, [[Q | Qs] || Qs <- Acc, Q <- lists:seq(1, N), safe(Q, Qs, 1)]).
safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).
start() ->
    [hanoi(3, a, c, b), length(hanoi(16, a, c, b)), length(queens(8)), hd(queens(8)), length(queens(6))].
