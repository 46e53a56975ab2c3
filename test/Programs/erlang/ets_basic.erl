%% Protects ETS tables: set, ordered_set, bag; insert, lookup, delete, update_counter, match.
-module(ets_basic).
-export([start/0]).

start() ->
    S = ets:new(s, [set]),
    O = ets:new(o, [ordered_set]),
    B = ets:new(b, [bag]),
    ets:insert(S, [{K, K * K} || K <- lists:seq(1, 20)]),
    ets:insert(O, [{K, x} || K <- [5, 3, 9, 1]]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    ets:delete(S, 4),
    C = ets:update_counter(S, 5, 100),
    R = {ets:lookup(S, 3), ets:lookup(S, 4), C, ets:info(S, size), ets:tab2list(O), ets:first(O), ets:last(O),
         ets:next(O, 3), lists:sort(ets:lookup(B, k)), ets:member(S, 20),
         lists:sort(ets:match(S, {'$1', 400})), lists:sort(ets:select(S, [{{'$1', '$2'}, [{'>', '$2', 300}], ['$1']}])),
         ets:insert_new(S, {1, dup}), lists:sum([V || {_, V} <- ets:tab2list(S)])},
    [ets:delete(T) || T <- [S, O, B]],
    R.
