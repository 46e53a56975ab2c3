-module(ua_lc).
-export([start/0]).
pyth(N) -> [{A, B, C} || A <- lists:seq(1, N), B <- lists:seq(A, N), C <- lists:seq(B, N), A * A + B * B =:= C * C].
perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).
start() ->
    [pyth(30), perms([a, b, c]), qsort([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]),
     [X * Y || X <- [1, 2, 3], Y <- [10, 20], X =/= 2],
     [X || {X, true} <- [{a, true}, {b, false}, {c, true}, not_a_tuple]],
     << <<(X * 2)>> || <<X>> <= <<1, 2, 3, 4>> >>,
     [X || <<X:4>> <= <<16#AB, 16#CD>>],
     << <<C, C>> || C <- "abc" >>,
     [{X, Y} || <<X:8, Y:8>> <= <<1, 2, 3, 4, 5>>],
     << <<B:1>> || B <- [1, 0, 1, 1, 0, 0, 0, 1] >>,
     [X || X <- lists:seq(1, 50), X rem 3 =:= 0, X rem 5 =:= 0],
     [[Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)],
     lists:sum([X || X <- lists:seq(1, 1000), X rem 7 =:= 0]),
     [case X of {ok, V} -> V; _ -> none end || X <- [{ok, 1}, error, {ok, 2}]],
     [atom_to_list(A) || A <- [x, yy, zzz]],
     [X || X <- "Hello World", X >= $a, X =< $z]].
