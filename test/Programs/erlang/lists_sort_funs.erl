%% Protects lists:sort/2, usort/2 and keysort stability with user-supplied ordering funs.
-module(lists_sort_funs).
-export([start/0]).

start() ->
    L = [{3, c}, {1, a}, {2, b}, {1, z}, {3, a}, {2, a}],
    Desc = fun(A, B) -> A >= B end,
    ByFirst = fun({A, _}, {B, _}) -> A =< B end,
    Long = [(I * 7919) rem 1009 || I <- lists:seq(1, 500)],
    {lists:sort(Desc, [5, 3, 8, 1]), lists:sort(ByFirst, L), lists:keysort(2, L),
     lists:usort(fun({A, _}, {B, _}) -> A =< B end, L), lists:sort(L),
     lists:sublist(lists:sort(Long), 10), lists:sum(lists:sort(Desc, Long)),
     lists:reverse(lists:sort(fun(A, B) -> A > B end, [2, 2, 1]))}.
