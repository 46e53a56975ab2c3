-module(uc_queue_sim).
-export([start/0]).
bfs(Graph, Start) -> bfs(Graph, queue:from_list([Start]), #{Start => 0}, [Start]).
bfs(Graph, Q, Dist, Order) ->
    case queue:out(Q) of
        {empty, _} -> {lists:reverse(Order), Dist};
        {{value, V}, Q1} ->
            D = maps:get(V, Dist),
            New = [N || N <- maps:get(V, Graph, []), not maps:is_key(N, Dist)],
            Dist1 = lists:foldl(fun(N, A) -> A#{N => D + 1} end, Dist, New),
            bfs(Graph, lists:foldl(fun queue:in/2, Q1, New), Dist1, lists:reverse(New) ++ Order)
    end.
start() ->
    G = #{1 => [2, 3], 2 => [4], 3 => [4, 5], 4 => [6], 5 => [6], 6 => []},
    {Order, Dist} = bfs(G, 1),
    Tree = lists:foldl(fun(X, T) -> gb_trees:enter(X rem 17, X, T) end, gb_trees:empty(), lists:seq(1, 100)),
    It = gb_trees:iterator(Tree),
    {K1, V1, It2} = gb_trees:next(It),
    {K2, _, _} = gb_trees:next(It2),
    [Order, lists:sort(maps:to_list(Dist)), gb_trees:size(Tree), {K1, V1, K2}, gb_trees:is_defined(5, Tree),
     gb_trees:to_list(gb_trees:map(fun(_, V) -> V * 2 end, gb_trees:from_orddict([{1, 10}, {2, 20}]))),
     gb_sets:to_list(gb_sets:union(gb_sets:from_list([1, 3]), gb_sets:from_list([2, 3]))),
     gb_sets:to_list(gb_sets:filter(fun(X) -> X > 1 end, gb_sets:from_list([1, 2, 3]))), queue:to_list(queue:join(queue:from_list([1]), queue:from_list([2]))),
     queue:get(queue:from_list([9, 8])), queue:get_r(queue:from_list([9, 8])), queue:split(1, queue:from_list([a, b, c])) =/= x].
