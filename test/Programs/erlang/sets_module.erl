%% Protects the sets module (version 1 and 2 representations) through sorted results.
-module(sets_module).
-export([start/0]).

start() ->
    S1 = sets:from_list([3, 1, 4, 1, 5, 9, 2, 6]),
    S2 = sets:from_list([2, 7, 1, 8], [{version, 2}]),
    S3 = sets:add_element(10, sets:del_element(3, S1)),
    Sorted = fun(S) -> lists:sort(sets:to_list(S)) end,
    {Sorted(S1), Sorted(S2), Sorted(S3), sets:size(S1), sets:is_element(4, S1),
     sets:is_element(3, S3), Sorted(sets:union(S1, S2)), Sorted(sets:intersection(S1, S2)),
     Sorted(sets:subtract(S1, S2)), sets:is_subset(sets:from_list([1, 2]), S1),
     sets:is_disjoint(S1, sets:from_list([100])), sets:fold(fun(E, A) -> E + A end, 0, S1),
     Sorted(sets:filter(fun(E) -> E > 4 end, S1)), sets:is_set(S1), sets:is_empty(sets:new()),
     sets:is_element(5, S1)}.
