%% Protects gb_trees: insert, lookup, update, delete, balance, iterators and ordered traversal.
-module(gb_trees_module).
-export([start/0]).

start() ->
    T = lists:foldl(fun(K, Acc) -> gb_trees:insert(K, K * 10, Acc) end, gb_trees:empty(),
                    [5, 3, 8, 1, 4, 7, 9, 2, 6]),
    T2 = gb_trees:delete(4, gb_trees:update(5, fifty, T)),
    T3 = gb_trees:enter(100, x, T2),
    It = gb_trees:iterator_from(6, T3),
    {V1, _, It2} = gb_trees:next(It),
    {gb_trees:to_list(T3), gb_trees:lookup(5, T2), gb_trees:lookup(4, T2), gb_trees:get(8, T),
     gb_trees:size(T3), gb_trees:smallest(T3), gb_trees:largest(T3), gb_trees:keys(T2),
     gb_trees:values(T2), gb_trees:is_defined(7, T), V1, element(1, gb_trees:next(It2)),
     gb_trees:take_smallest(T), gb_trees:to_list(gb_trees:balance(T3)) =:= gb_trees:to_list(T3),
     gb_trees:to_list(gb_trees:map(fun(_, V) -> {v, V} end, gb_trees:from_orddict([{1, a}, {2, b}])))}.
