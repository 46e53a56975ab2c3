%% Protects ets:foldl/3, foldr/3, tab2list/1 and ets:all/0 membership: ordered_set folds in key order both ways, other types give the same sorted contents, and a fold may read the table it folds.
-module(ets_fold_tab2list).
-export([start/0]).
s(L) -> lists:sort(L).
start() ->
    O = ets:new(o, [ordered_set]),
    ets:insert(O, [{K, K * 10} || K <- [5, 3, 9, 1, 7]]),
    S = ets:new(s, [set]),
    ets:insert(S, [{K, K * 10} || K <- [5, 3, 9, 1, 7]]),
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {j, 3}, {k, 1}]),
    E = ets:new(e, []),
    [ets:foldl(fun({K, _}, A) -> [K | A] end, [], O), ets:foldr(fun({K, _}, A) -> [K | A] end, [], O),
     ets:tab2list(O), s(ets:tab2list(S)), s(ets:tab2list(B)), ets:tab2list(E),
     ets:foldl(fun({_, V}, A) -> A + V end, 0, S), ets:foldr(fun(_, A) -> A + 1 end, 0, B),
     ets:foldl(fun(X, A) -> [X | A] end, none, E),
     s(ets:foldl(fun({K, _}, A) -> [ets:lookup_element(S, K, 2) | A] end, [], S)),
     lists:member(O, ets:all()), lists:member(E, ets:all())].
