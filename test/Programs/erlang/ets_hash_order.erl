%% Set, bag and duplicate_bag tables walk in erl's own order: tab2list,
%% first/next (and last/prev, which are first/next on a hash table),
%% match, select and its chunks (whole slots at a time, with the extra
%% matches carried over), foldl, growth past several segments and the
%% shrinking after mass deletes, fixed tables with deletes and re-inserts,
%% and write_concurrency tables, which erl walks by lock.
-module(ets_hash_order).
-export([start/0]).

walk(T) -> walk(T, ets:first(T), []).
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

chunks(First) -> chunks(First, []).
chunks('$end_of_table', Acc) -> lists:reverse(Acc);
chunks({L, C}, Acc) -> chunks(ets:select(C), [L | Acc]).

keys(T) -> [element(1, O) || O <- ets:tab2list(T)].

start() ->
    S = ets:new(s, [set]),
    [ets:insert(S, {K, K}) || K <- lists:seq(1, 5000)],
    R1 = {lists:sublist(keys(S), 40), lists:sublist(walk(S), 40), ets:last(S), ets:prev(S, 17),
          lists:sublist(ets:select(S, [{{'$1', '_'}, [{'<', '$1', 60}], ['$1']}]), 20),
          [lists:sublist(C, 6) || C <- lists:sublist(chunks(ets:select(S, [{{'$1', '_'}, [], ['$1']}], 700)), 3)],
          lists:sublist(ets:foldl(fun({K, _}, A) -> [K | A] end, [], S), 20)},
    %% Mass deletes shrink the table (erl starts once three segments exist).
    [ets:delete(S, K) || K <- lists:seq(1, 4990)],
    R2 = {keys(S), walk(S)},
    [ets:insert(S, {K, x}) || K <- lists:seq(100, 140)],
    R3 = keys(S),
    %% Bags: several objects per key, delete_object, chunks split inside a slot.
    B = ets:new(b, [bag]), D = ets:new(d, [duplicate_bag]),
    [ets:insert(Tab, {K rem 7, K}) || Tab <- [B, D], K <- lists:seq(1, 60)],
    ets:insert(D, {3, 3}),
    ets:delete_object(B, {2, 9}), ets:delete_object(D, {5, 12}),
    Ms = [{'$1', [], ['$1']}],
    R4 = [{ets:tab2list(Tab), walk(Tab), ets:lookup(Tab, 3), chunks(ets:select(Tab, Ms, 4)),
           chunks(ets:match(Tab, {'$1', '$2'}, 9)), ets:match_object(Tab, {1, '_'})}
          || Tab <- [B, D]],
    %% Mixed key types, atoms by their text's hash (not compound keys holding
    %% atoms: erl hashes those by its atom indices).
    X = ets:new(x, [set]),
    [ets:insert(X, {K}) || K <- [{1}, "ab", <<"cd">>, 1.5, -7, 1 bsl 80, alpha, beta, [], 2.0, 2]],
    R5 = {keys(X), walk(X)},
    %% A fixed table: deletes leave the walk intact; a re-insert comes back
    %% in its old place; unfixing forgets the deleted keys.
    F = ets:new(f, [set, public]),
    [ets:insert(F, {K}) || K <- lists:seq(1, 40)],
    ets:safe_fixtable(F, true),
    First = ets:first(F), Second = ets:next(F, First),
    ets:delete(F, First), ets:delete(F, Second),
    Third = ets:next(F, Second),
    [ets:insert(F, {K}) || K <- lists:seq(41, 400)],
    ets:insert(F, {First}),
    Fixed = keys(F),
    ets:safe_fixtable(F, false),
    ets:insert(F, {401}),
    R6 = {First, Second, Third, lists:sublist(Fixed, 30), lists:sublist(keys(F), 30),
          try ets:next(F, Second) catch error:E -> E end},
    %% write_concurrency: erl walks slot by slot within each of 64 locks.
    W = ets:new(w, [set, public, {write_concurrency, true}]),
    [ets:insert(W, {K}) || K <- lists:seq(1, 300)],
    R7 = {lists:sublist(keys(W), 30), lists:sublist(walk(W), 30)},
    %% select_delete, then a walk; insert_new and take keep places.
    ets:select_delete(W, [{{'$1'}, [{'>', '$1', 100}], [true]}]),
    ets:take(W, 5), ets:insert_new(W, {5}),
    R8 = {lists:sublist(keys(W), 30), ets:info(W, size)},
    [R1, R2, R3, R4, R5, R6, R7, R8].
