%% Protects ets:select_replace/2: objects whose spec result keeps the key are replaced and counted, results that change the key or are not tuples raise badarg, and bag tables are rejected.
-module(ets_select_replace).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
s(L) -> lists:sort(L).
start() ->
    [begin
         T = ets:new(r, [Ty]),
         ets:insert(T, [{K, K * 10} || K <- lists:seq(1, 6)]),
         N1 = ets:select_replace(T, [{{'$1', '$2'}, [{'>', '$1', 3}], [{{'$1', {'+', '$2', 1}}}]}]),
         N2 = ets:select_replace(T, [{{'$1', '$2'}, [], [{{'$1', '$2', extra}}]}]),
         After = s(ets:tab2list(T)),
         E1 = t(fun() -> ets:select_replace(T, [{{'$1', '$2'}, [], [{{'$2', '$1'}}]}]) end),
         E2 = t(fun() -> ets:select_replace(T, [{'_', [], [not_a_tuple]}]) end),
         N3 = ets:select_replace(T, [{{'$1', '$2', '$3'}, [{'==', '$1', 1}], [{{'$1', '$3'}}]}]),
         {Ty, N1, N2, After, E1, E2, N3, s(ets:tab2list(T))}
     end || Ty <- [set, ordered_set]] ++
    [t(fun() -> ets:select_replace(ets:new(b, [bag]), [{'_', [], ['$_']}]) end),
     t(fun() -> ets:select_replace(no_table, [{'_', [], ['$_']}]) end)].
