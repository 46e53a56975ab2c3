%% Typical user code: ac_maps (a differential program in the style of others' programs).
-module(ac_maps).
-export([start/0]).
start() ->
    M = #{a => 1, b => 2, "c" => [3], {d} => 4.0},
    M2 = M#{a := 10, e => 5},
    Big = maps:from_list([{I, I * I} || I <- lists:seq(1, 50)]),
    [M, M2, maps:get(a, M2), maps:get(z, M, default), maps:find(b, M), maps:find(z, M), maps:keys(M), maps:values(M),
     maps:to_list(M), maps:size(Big), maps:get(25, Big), lists:sum(maps:values(Big)), maps:remove(a, M), maps:without([a, b], M),
     maps:with([a], M), maps:merge(M, #{a => merged}), maps:map(fun(_K, V) -> {V} end, #{x => 1}),
     maps:filter(fun(K, _) -> is_atom(K) end, M), maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], #{p => 1, q => 2}),
     maps:update_with(a, fun(V) -> V + 1 end, M), maps:update_with(z, fun(V) -> V end, 0, M), maps:is_key(a, M),
     catch maps:get(z, M), catch M#{z := 1}, catch maps:update(z, 1, M), maps:groups_from_list(fun(X) -> X rem 2 end, [1,2,3,4]),
     maps:iterator(#{}) =/= none, maps:take(a, M), maps:filtermap(fun(_, V) -> V > 1 end, #{a => 1, b => 2}),
     maps:intersect(#{a => 1, b => 2}, #{b => 3}), maps:keys(maps:from_keys([x, y], 0)),
     lists:sort(maps:keys(Big)) == lists:seq(1, 50)].
