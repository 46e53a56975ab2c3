%% Protects large maps (hash tries) with integer keys: build, lookup, delete, iteration order.
-module(maps_large).
-export([start/0]).

start() ->
    M = maps:from_list([{I, I * I} || I <- lists:seq(1, 2000)]),
    M2 = lists:foldl(fun(I, Acc) -> maps:remove(I, Acc) end, M, lists:seq(1, 2000, 3)),
    M3 = lists:foldl(fun(I, Acc) -> Acc#{I => -I} end, M2, lists:seq(1990, 2100)),
    Small = maps:from_list([{I, I} || I <- lists:seq(1, 40)]),
    {map_size(M), map_size(M2), map_size(M3), maps:get(1000, M), maps:find(1, M2),
     maps:get(2050, M3), lists:sum(maps:values(M3)), lists:sum(maps:keys(M2)),
     lists:sublist(maps:keys(M3), 12), Small, maps:keys(maps:from_list([{I, x} || I <- lists:seq(40, 1, -1)])) =:= maps:keys(Small),
     maps:fold(fun(K, V, A) -> A + K * V end, 0, M3)}.
