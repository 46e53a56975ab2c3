%% Protects bag and duplicate_bag semantics: an identical object is stored once in a bag and every time in a duplicate_bag, delete_object drops every copy, per-key order is insertion order, and counts after mixed deletes.
-module(ets_bag_ops).
-export([start/0]).
start() ->
    [begin
         T = ets:new(b, [Ty]),
         ets:insert(T, {k, 1}), ets:insert(T, {k, 2}), ets:insert(T, {k, 1}), ets:insert(T, [{k, 3}, {k, 2}]),
         A = ets:lookup(T, k),
         S1 = ets:info(T, size),
         ets:delete_object(T, {k, 2}),
         B = ets:lookup(T, k),
         ets:insert(T, {k, 2}),
         C = ets:lookup(T, k),
         D = [ets:member(T, k), ets:lookup_element(T, k, 2), ets:match_object(T, {k, 1}), ets:select_count(T, [{{k, '_'}, [], [true]}])],
         ets:delete(T, k),
         {Ty, A, S1, B, C, D, ets:lookup(T, k), ets:info(T, size)}
     end || Ty <- [bag, duplicate_bag]].
