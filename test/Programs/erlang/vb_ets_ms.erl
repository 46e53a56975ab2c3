%% Protects ETS set/ordered_set/bag operations, foldl, select with match specs from ets:fun2ms, match/match_object.
-module(vb_ets_ms).
-include_lib("stdlib/include/ms_transform.hrl").
-export([start/0]).
start() ->
    S = ets:new(s, [set]),
    O = ets:new(o, [ordered_set, public]),
    B = ets:new(b, [bag]),
    D = ets:new(d, [duplicate_bag]),
    [ets:insert(T, [{K, V} || {K, V} <- [{3, c}, {1, a}, {2, b}, {1, z}]]) || T <- [S, O, B, D]],
    ets:insert(B, {1, a}), ets:insert(D, {1, a}),
    Ms = ets:fun2ms(fun({K, V}) when K > 1 -> {V, K} end),
    [lists:sort(ets:tab2list(S)), ets:tab2list(O), lists:sort(ets:tab2list(B)), lists:sort(ets:tab2list(D)),
     ets:lookup(B, 1), ets:lookup(D, 1), ets:foldl(fun({K, _}, A) -> K + A end, 0, O),
     ets:foldr(fun({K, _}, A) -> [K | A] end, [], O), lists:sort(ets:select(S, Ms)), ets:select(O, Ms),
     ets:select_count(O, ets:fun2ms(fun({K, _}) when K >= 2 -> true end)), ets:match(O, {'$1', '_'}),
     lists:sort(ets:match_object(B, {1, '_'})), ets:first(O), ets:last(O), ets:next(O, 1), ets:prev(O, 3), ets:next(O, 3),
     ets:member(S, 2), ets:update_counter(ets:new(c, []), k, 1, {k, 10}), ets:info(O, size), ets:info(B, type),
     ets:delete(O, 2), ets:tab2list(O), ets:delete_object(B, {1, a}), lists:sort(ets:lookup(B, 1)),
     ets:insert_new(S, {1, x}), ets:insert_new(S, {9, x}), ets:take(S, 9), ets:lookup_element(S, 3, 2),
     element(1, catch ets:lookup_element(S, 99, 2)), ets:select_delete(O, ets:fun2ms(fun({K, _}) -> K > 2 end)), ets:tab2list(O),
     ets:update_element(S, 1, {2, updated}), ets:lookup(S, 1), ets:match_delete(S, {2, '_'}), lists:sort(ets:tab2list(S)),
     ets:select(O, [{{'$1', '$2'}, [], ['$$']}]), ets:select_reverse(ets:new(r, [ordered_set]), [{'_', [], ['$_']}]),
     ets:fun2ms(fun({A, B2}) when is_atom(A), B2 =/= 0 -> {A, B2 * 2} end),
     element(1, ets:select(O, [{'_', [], ['$_']}], 1)), ets:select(O, [{{'$1', '_'}, [{'>', '$1', 100}], ['$1']}], 5),
     catch ets:insert(notab, {1}), catch ets:new(s, [bogus_option])].
