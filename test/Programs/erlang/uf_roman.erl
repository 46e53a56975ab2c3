-module(uf_roman).
-export([start/0]).
to_roman(0) -> [];
to_roman(N) ->
    {V, S} = hd([P || {Val, _} = P <- [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}], Val =< N]),
    S ++ to_roman(N - V).
from_roman(S) -> from_roman(S, 0).
from_roman([], A) -> A;
from_roman([A, B | T], Acc) ->
    case {val(A), val(B)} of {X, Y} when X < Y -> from_roman(T, Acc + Y - X); {X, _} -> from_roman([B | T], Acc + X) end;
from_roman([A], Acc) -> Acc + val(A).
val($I) -> 1; val($V) -> 5; val($X) -> 10; val($L) -> 50; val($C) -> 100; val($D) -> 500; val($M) -> 1000.
start() ->
    Ns = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999],
    Rs = [to_roman(N) || N <- Ns],
    [Rs, [from_roman(R) || R <- Rs] =:= Ns, lists:all(fun(N) -> from_roman(to_roman(N)) =:= N end, lists:seq(1, 3999))].
