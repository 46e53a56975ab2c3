%% Protects the maps module on small maps: get/find/fold/map/filter/merge/with/take/iterator.
-module(maps_module).
-export([start/0]).

start() ->
    M = maps:from_list([{c, 3}, {a, 1}, {b, 2}, {d, 4}]),
    It = maps:iterator(M),
    {maps:get(a, M), maps:get(z, M, default), maps:find(b, M), maps:find(z, M),
     maps:keys(M), maps:values(M), maps:to_list(M), maps:put(e, 5, M), maps:remove(a, M),
     maps:update(a, 100, M), maps:update_with(b, fun(V) -> V * 10 end, M),
     maps:update_with(z, fun(V) -> V end, 0, M), maps:merge(M, #{a => x, f => 6}),
     maps:merge_with(fun(_K, V1, V2) -> V1 + V2 end, M, #{a => 10}),
     maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M),
     maps:map(fun(_K, V) -> V * V end, M), maps:filter(fun(_K, V) -> V rem 2 =:= 0 end, M),
     maps:filtermap(fun(a, _) -> false; (_, V) -> {true, -V} end, M),
     maps:with([a, c, q], M), maps:without([a, c], M), maps:take(c, M), maps:take(q, M),
     maps:size(M), maps:is_key(d, M), maps:new(), maps:from_keys([x, y], 0),
     maps:groups_from_list(fun(X) -> X rem 2 end, [1, 2, 3, 4, 5]),
     element(1, maps:next(It)), maps:intersect(M, #{a => 0, q => 0})}.
