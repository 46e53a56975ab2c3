%% Protects gb_sets: construction, set algebra, ordered queries and iteration.
-module(gb_sets_module).
-export([start/0]).

start() ->
    A = gb_sets:from_list([5, 1, 9, 3, 7]),
    B = gb_sets:from_list(lists:seq(1, 10, 2) ++ [2]),
    {gb_sets:to_list(A), gb_sets:to_list(gb_sets:union(A, B)), gb_sets:to_list(gb_sets:intersection(A, B)),
     gb_sets:to_list(gb_sets:difference(B, A)), gb_sets:smallest(A), gb_sets:largest(A),
     gb_sets:is_member(7, A), gb_sets:size(B), gb_sets:to_list(gb_sets:add(4, A)),
     gb_sets:to_list(gb_sets:delete_any(100, A)), gb_sets:take_largest(A),
     element(1, gb_sets:next(gb_sets:iterator_from(4, A))),
     gb_sets:to_list(gb_sets:filter(fun(X) -> X > 4 end, B)), gb_sets:is_subset(A, B),
     gb_sets:fold(fun(X, Acc) -> [X | Acc] end, [], A)}.
