-module(ub_maps).
-export([start/0]).
start() ->
    M = #{a => 1, b => 2, c => 3},
    M2 = M#{d => 4, a := 10},
    Big = maps:from_list([{integer_to_list(I), I} || I <- lists:seq(1, 100)]),
    [M2, maps:get(a, M2), maps:get(z, M, default), maps:find(b, M), maps:find(z, M), maps:is_key(c, M),
     maps:keys(M), maps:values(M), maps:to_list(M), maps:size(Big), maps:remove(a, M), maps:without([a, b], M),
     maps:with([a, z], M), maps:merge(M, #{a => x, e => y}), maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], M),
     maps:map(fun(_, V) -> V * 2 end, M), maps:filter(fun(_, V) -> V > 1 end, M), maps:update(a, 0, M),
     maps:update_with(a, fun(V) -> V + 100 end, M), maps:update_with(q, fun(V) -> V end, 7, M), maps:put(k, v, #{}),
     maps:take(a, M), maps:take(z, M), maps:iterator(#{}) =/= x, maps:next(maps:iterator(#{x => 1})),
     maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10)), maps:filtermap(fun(_, V) -> V > 1 andalso {true, -V} end, M),
     maps:merge_with(fun(_, A, B) -> A + B end, M, #{a => 5, z => 0}), maps:intersect(M, #{a => x, q => y}),
     maps:from_keys([x, y], 0), lists:sum(maps:values(Big)), maps:get("50", Big), catch maps:get(nope, M),
     catch maps:update(nope, 1, M), catch maps:remove(a, notamap), catch #{a => 1}#{b := 2},
     map_size(M), is_map_key(a, M), M =:= #{c => 3, b => 2, a => 1},
     #{1 => a, 1.0 => b}, lists:sort(maps:keys(#{1 => a, 1.0 => b, "s" => c, s => d, {t} => e}))].
