%% ordered_set as a two-level sorted array: random inserts and deletes
%% that split and merge chunks, == keys (1 and 1.0 are one key), walks both
%% ways, next/prev from deleted and absent keys, chunked selects both ways.
-module(ets_ordered_chunks).
-export([start/0]).

rand_keys(0, _, Acc) -> Acc;
rand_keys(N, S, Acc) ->
    S1 = (S * 1103515245 + 12345) rem 2147483648,
    rand_keys(N - 1, S1, [S1 rem 20000 | Acc]).

walk(T) -> walk(T, ets:first(T), []).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).
rwalk(T) -> rwalk(T, ets:last(T), []).
rwalk(_, '$end_of_table', Acc) -> Acc;
rwalk(T, K, Acc) -> rwalk(T, ets:prev(T, K), [K | Acc]).

chunks(First, N) -> chunks(First, N, []).
chunks('$end_of_table', _, Acc) -> lists:append(lists:reverse(Acc));
chunks({L, C}, N, Acc) -> chunks(ets:select(C), N, [L | Acc]).

start() ->
    T = ets:new(o, [ordered_set]),
    Keys = rand_keys(6000, 42, []),
    [ets:insert(T, {K, I}) || {I, K} <- lists:zip(lists:seq(1, length(Keys)), Keys)],
    Size1 = ets:info(T, size),
    Sorted = lists:usort(Keys),
    R1 = {Size1, length(Sorted), walk(T) =:= Sorted, rwalk(T) =:= Sorted,
          [K || {K, _} <- ets:tab2list(T)] =:= Sorted},
    %% Delete two thirds, in another random order: chunks shrink and merge.
    Del = rand_keys(9000, 7, []),
    [ets:delete(T, K) || K <- Del, K rem 3 =/= 0],
    Left = [K || K <- Sorted, not (lists:member(K, Del) andalso K rem 3 =/= 0)],
    R2 = {ets:info(T, size), length(Left), walk(T) =:= Left, rwalk(T) =:= Left},
    %% Chunked select both ways, with several limits.
    Ms = [{{'$1', '_'}, [], ['$1']}],
    R3 = [{N, chunks(ets:select(T, Ms, N), N) =:= Left,
           chunks(ets:select_reverse(T, Ms, N), N) =:= lists:reverse(Left)}
          || N <- [1, 7, 64, 65, 1000]],
    %% next/prev from absent keys go on from where the key would be.
    Absent = [-1, 0.5, 19999.5, 100000, a, {x}],
    R4 = [{K, ets:next(T, K), ets:prev(T, K)} || K <- Absent],
    %% == keys: 1.0 finds and replaces 1.
    U = ets:new(u, [ordered_set]),
    ets:insert(U, [{1, int}, {2, int}, {3.0, float}]),
    ets:insert(U, {1.0, float}),
    R5 = {ets:tab2list(U), ets:lookup(U, 3), ets:member(U, 2.0), ets:next(U, 1), ets:prev(U, 3),
          ets:update_element(U, 2.0, {2, changed}), ets:lookup(U, 2)},
    %% Empty it from the front, then from the back, then refill.
    [ets:delete(T, K) || K <- lists:sublist(Left, length(Left) div 2)],
    [ets:delete(T, K) || K <- lists:reverse(lists:nthtail(length(Left) div 2, Left))],
    R6 = {ets:info(T, size), ets:first(T), ets:last(T), ets:select(T, Ms, 5)},
    ets:insert(T, [{K, K} || K <- lists:seq(100, 1, -1)]),
    R7 = {walk(T) =:= lists:seq(1, 100), ets:next(T, 64), ets:prev(T, 65), ets:lookup(T, 65)},
    [R1, R2, R3, R4, R5, R6, R7].
