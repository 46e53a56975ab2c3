%% Protects select_count/2 and select_delete/2 (only clauses returning true count or delete), match_delete/2, delete_object/2 and the table afterwards, on set, bag and duplicate_bag tables.
-module(ets_select_count_delete).
-export([start/0]).
s(L) -> lists:sort(L).
start() ->
    Types = [set, ordered_set, bag, duplicate_bag],
    [begin
         T = ets:new(t, [Ty]),
         ets:insert(T, [{K rem 7, K} || K <- lists:seq(1, 30)]),
         ets:insert(T, [{K rem 7, K} || K <- lists:seq(1, 5)]),
         C1 = ets:select_count(T, [{{'$1', '$2'}, [{'>', '$2', 20}], [true]}]),
         C2 = ets:select_count(T, [{{'$1', '$2'}, [], [{'>', '$2', 20}]}]),
         C3 = ets:select_count(T, [{{'$1', '_'}, [], [false]}]),
         D1 = ets:select_delete(T, [{{'$1', '$2'}, [{'==', '$1', 3}], [true]}]),
         D2 = ets:select_delete(T, [{{'$1', '$2'}, [], [keep]}]),
         Sz1 = ets:info(T, size),
         ets:match_delete(T, {4, '_'}),
         Sz2 = ets:info(T, size),
         DO = ets:delete_object(T, {5, 5}),
         DO2 = ets:delete_object(T, {5, 999}),
         Rest = s(ets:tab2list(T)),
         ets:delete(T),
         {Ty, C1, C2, C3, D1, D2, Sz1, Sz2, DO, DO2, Rest}
     end || Ty <- Types].
