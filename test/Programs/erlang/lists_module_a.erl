%% Protects lists: map, filter, foldl/foldr, seq, nth, nthtail, last, sublist, split, partition.
-module(lists_module_a).
-export([start/0]).

start() ->
    L = lists:seq(1, 10),
    {lists:map(fun(X) -> X * X end, L), lists:filter(fun(X) -> X rem 3 =:= 0 end, L),
     lists:foldl(fun(X, A) -> [X | A] end, [], L), lists:foldr(fun(X, A) -> [X | A] end, [], L),
     lists:seq(10, 1, -3), lists:seq(5, 4), lists:nth(4, L), lists:nthtail(7, L),
     lists:last(L), lists:sublist(L, 3), lists:sublist(L, 4, 3), lists:split(3, L),
     lists:partition(fun(X) -> X > 6 end, L), lists:sum(L), lists:max(L), lists:min(L),
     lists:append([[1], [2, 3], []]), lists:duplicate(3, ab), lists:enumerate([a, b, c])}.
