-module(ue_matrix).
-export([start/0]).
mul(A, B) -> Bt = transpose(B), [[lists:sum(lists:zipwith(fun(X, Y) -> X * Y end, R, C)) || C <- Bt] || R <- A].
transpose([[] | _]) -> [];
transpose(M) -> [lists:map(fun hd/1, M) | transpose(lists:map(fun tl/1, M))].
identity(N) -> [[if I =:= J -> 1; true -> 0 end || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].
pow(M, 0) -> identity(length(M));
pow(M, N) when N rem 2 =:= 0 -> H = pow(M, N div 2), mul(H, H);
pow(M, N) -> mul(M, pow(M, N - 1)).
det([[A]]) -> A;
det(M) -> lists:sum([(if J rem 2 =:= 0 -> 1; true -> -1 end) * lists:nth(J + 1, hd(M)) * det(minor(M, J)) || J <- lists:seq(0, length(M) - 1)]).
minor(M, J) -> [[X || {K, X} <- lists:zip(lists:seq(0, length(R) - 1), R), K =/= J] || R <- tl(M)].
start() ->
    F = [[1, 1], [1, 0]],
    [pow(F, 10), hd(hd(pow(F, 200))), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), mul([[1.5, 2]], [[2], [0.5]]), transpose([[1, 2, 3], [4, 5, 6]])].
