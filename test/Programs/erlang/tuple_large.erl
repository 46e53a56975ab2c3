%% Protects large tuples: construction from lists, indexed access and repeated setelement.
-module(tuple_large).
-export([start/0]).

start() ->
    T = list_to_tuple(lists:seq(1, 1000)),
    T2 = lists:foldl(fun(I, Acc) -> setelement(I, Acc, I * I) end, T, lists:seq(1, 1000, 7)),
    Sum = lists:sum([element(I, T2) || I <- lists:seq(1, tuple_size(T2))]),
    {tuple_size(T2), element(1000, T2), element(995, T2), Sum, element(8, T2)}.
