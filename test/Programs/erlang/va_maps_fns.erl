%% Protects maps module functions: fold/filter/map/iterator/groups_from_list/update_with/take/merge_with/intersect.
-module(va_maps_fns).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
iter(I, Acc) -> case maps:next(I) of none -> lists:sort(Acc); {K, V, I2} -> iter(I2, [{K, V} | Acc]) end.
start() ->
    M = #{a => 1, b => 2, c => 3, 1 => one, "s" => str},
    [maps:fold(fun(K, V, A) -> [{K, V} | A] end, [], #{x => 1, y => 2}),
     maps:filter(fun(_K, V) -> is_integer(V) end, M), maps:map(fun(_K, V) -> {V} end, #{a => 1}),
     iter(maps:iterator(M), []), maps:groups_from_list(fun(X) -> X rem 3 end, lists:seq(1, 10)),
     maps:groups_from_list(fun(X) -> X rem 2 end, fun(X) -> X * X end, [1, 2, 3, 4]),
     maps:update_with(a, fun(V) -> V + 100 end, M), maps:update_with(zz, fun(V) -> V end, 0, M),
     t(fun() -> maps:update_with(zz, fun(V) -> V end, M) end),
     maps:take(a, M), maps:take(nope, M), maps:merge_with(fun(_K, A, B) -> A + B end, #{a => 1, b => 2}, #{b => 10, c => 3}),
     maps:intersect(#{a => 1, b => 2}, #{b => 3, c => 4}), maps:intersect_with(fun(_K, A, B) -> {A, B} end, #{a => 1, b => 2}, #{b => 3}),
     maps:with([a, c, zz], M), maps:without([a, 1], M), maps:keys(#{b => 1, a => 2}), maps:values(#{b => 1, a => 2}),
     maps:to_list(#{3 => c, 1 => a, 2 => b}), maps:from_list([{a, 1}, {a, 2}]), maps:from_keys([x, y], 0),
     maps:get(zz, M, default), t(fun() -> maps:get(zz, M) end), maps:find(a, M), maps:find(zz, M),
     maps:is_key(a, M), maps:size(M), maps:put(d, 4, #{}), maps:remove(a, #{a => 1}), maps:update(a, 9, #{a => 1}),
     t(fun() -> maps:update(q, 9, #{a => 1}) end), maps:filtermap(fun(K, V) when is_atom(K) -> {true, V * 2}; (_, _) -> false end, M),
     maps:foreach(fun(_, _) -> ok end, M), t(fun() -> maps:get(a, not_a_map) end), t(fun() -> maps:merge(#{}, x) end),
     
     t(fun() -> maps:from_list([a]) end), t(fun() -> maps:fold(fun(_, _, _) -> x end, 0, [a]) end),
     maps:merge(#{a => 1}, #{a => 2.0}), #{1 => a, 1.0 => b}, maps:get(1.0, #{1 => a, 1.0 => b})].
