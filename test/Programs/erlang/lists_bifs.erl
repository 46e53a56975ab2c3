%% Protects the list BIFs and operators: hd, tl, length, ++, --, and lists:reverse.
-module(lists_bifs).
-export([start/0]).

start() ->
    L = [3, 1, 4, 1, 5, 9, 2, 6],
    {hd(L), tl(L), length(L), L ++ [7], [] ++ L, L -- [1, 9, 42], L -- L,
     [1, 2, 1, 2, 1] -- [1, 1], lists:reverse(L), lists:reverse(L, [x]),
     length([]), [a | [b | [c]]], [[1] | [2]], "ab" ++ "cd", lists:member(5, L)}.
