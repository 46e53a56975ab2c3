%% Protects improper lists: construction, printing, and badarg from length and ++ on them.
-module(lists_improper).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    I = ?MODULE:id([1, 2 | 3]),
    [H | T] = I,
    {I, H, T, [a | b], [[] | []], [1 | <<2>>],
     try length(I) catch error:R -> R end,
     try I ++ [4] catch error:R2 -> R2 end,
     [x] ++ 3, try lists:reverse(I) catch error:R3 -> R3 end,
     is_list(I), is_list(T)}.
