%% The hashed ETS index (set, bag, duplicate_bag): keys that are == but not
%% =:= stay apart, traversals with first/next and chunked select visit every
%% object once across growth and shrinking, a fixed table survives deletes
%% during a walk, and update_counter updates in place or through bignums.
-module(ets_hash_index).
-export([start/0]).

walk(T) -> walk(T, ets:first(T), []).
walk(_, '$end_of_table', Acc) -> lists:sort(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

rwalk(T) -> rwalk(T, ets:last(T), []).
rwalk(_, '$end_of_table', Acc) -> lists:sort(Acc);
rwalk(T, K, Acc) -> rwalk(T, ets:prev(T, K), [K | Acc]).

chunks(T, Spec, N) -> chunks(ets:select(T, Spec, N), []).
chunks('$end_of_table', Acc) -> lists:sort(Acc);
chunks({L, C}, Acc) -> chunks(ets:select(C), L ++ Acc).

keys() ->
    [1, 1.0, -0.0, 0, 0.0, 1 bsl 70, -(1 bsl 70), a, "a", <<"a">>, {1}, {1.0}, [1 | 2],
     #{a => 1}, #{a => 1.0}, self(), make_ref_free, {tuple, [nested, <<1, 2, 3>>]}].

start() ->
    S = ets:new(s, [set]),
    [ets:insert(S, {K, I}) || {I, K} <- lists:zip(lists:seq(1, length(keys())), keys())],
    R1 = {ets:info(S, size), [[V || {_, V} <- ets:lookup(S, K)] || K <- keys()], ets:member(S, 2), ets:lookup(S, 1.0)},
    %% Growth to many buckets, and every key visited once both ways.
    G = ets:new(g, [set]),
    [ets:insert(G, {K, K * 2}) || K <- lists:seq(1, 5000)],
    W = walk(G), RW = rwalk(G),
    R2 = {length(W), W =:= lists:seq(1, 5000), RW =:= W,
          chunks(G, [{{'$1', '_'}, [{'<', '$1', 20}], ['$1']}], 7),
          length(chunks(G, [{'_', [], ['$_']}], 333))},
    %% Shrinking after deletes, then inserts again.
    [ets:delete(G, K) || K <- lists:seq(1, 4990)],
    ets:insert(G, {x, 1}),
    R3 = {ets:info(G, size), walk(G), lists:sort(ets:tab2list(G))},
    %% A fixed table: deleting each key just visited, the walk goes on.
    F = ets:new(f, [set, public]),
    [ets:insert(F, {K}) || K <- lists:seq(1, 300)],
    ets:safe_fixtable(F, true),
    Visited = fixed_walk(F, ets:first(F), 0),
    ets:safe_fixtable(F, false),
    R4 = {Visited, ets:info(F, size)},
    %% Bags keep objects per key; delete_object and select_delete.
    B = ets:new(b, [bag]), D = ets:new(d, [duplicate_bag]),
    [ets:insert(Tab, {K rem 10, K}) || Tab <- [B, D], K <- lists:seq(1, 100)],
    ets:insert(B, {1, 1}), ets:insert(D, {1, 1}),
    ets:delete_object(B, {2, 2}), ets:delete_object(D, {3, 3}),
    N1 = ets:select_delete(B, [{{'$1', '$2'}, [{'>', '$2', 90}], [true]}]),
    R5 = {ets:info(B, size), ets:info(D, size), ets:lookup(B, 1), length(ets:lookup(D, 1)), N1,
          walk(B), lists:sort(ets:match(D, {5, '$1'}))},
    %% update_counter: in place, through bignums and back, thresholds, repeats.
    C = ets:new(c, [set]),
    ets:insert(C, {k, 1, 1 bsl 62, x, 5}),
    U1 = ets:update_counter(C, k, [{2, 10}, {3, 1 bsl 62}, {2, 5}, {5, -10, 0, 99}]),
    U2 = ets:update_counter(C, k, {3, -(1 bsl 63)}),
    U3 = ets:update_counter(C, new, {2, 3}, {new, 100}),
    U4 = ets:update_counter(C, new, []),
    U5 = ets:update_counter(C, k, {2, 1, 10, -1}),
    R6 = {U1, U2, U3, U4, U5, lists:sort(ets:tab2list(C)),
          try ets:update_counter(C, k, {4, 1}) catch error:E -> E end, ets:lookup(C, k)},
    [R1, R2, R3, R4, R5, R6].

fixed_walk(_, '$end_of_table', N) -> N;
fixed_walk(T, K, N) ->
    ets:delete(T, K),
    [ets:delete(T, K + 1000) || N rem 50 =:= 0],
    fixed_walk(T, ets:next(T, K), N + 1).
