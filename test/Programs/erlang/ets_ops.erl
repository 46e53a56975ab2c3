%% ETS: table types, reads and writes, counters, match and select, errors, owner death and heirs.
-module(ets_ops).
-export([start/0]).

t(F) -> try F() catch C:R -> {C, R} end.
s(L) -> lists:sort(L).

start() ->
    O = ets:new(ord, [ordered_set]),
    ets:insert(O, [{3, c}, {1, a}, {2, b}, {2.0, float_two}]),
    S = ets:new(s, [set, public]),
    true = ets:insert(S, [{K, K * K} || K <- lists:seq(1, 20)]),
    B = ets:new(b, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {k, 1}, {j, 3}]),
    D = ets:new(d, [duplicate_bag]),
    ets:insert(D, [{k, 1}, {k, 1}]),
    N = ets:new(named, [named_table, {keypos, 2}]),
    ets:insert(named, {rec, key1, v1}),
    C = ets:new(c, [set]),
    ets:insert(C, {hits, 0, 10}),
    R1 = [ets:tab2list(O), ets:first(O), ets:next(O, 1), ets:next(O, 2), ets:last(O), ets:prev(O, 3),
          ets:next(O, 3), ets:lookup(O, 2), ets:lookup(O, 2.0), ets:member(O, 9), ets:info(O, size),
          ets:info(O, type), s(ets:lookup(B, k)), ets:lookup(D, k), ets:lookup_element(S, 4, 2),
          s(ets:lookup_element(B, k, 2)), ets:lookup(named, key1), ets:info(named, keypos), N,
          is_reference(ets:whereis(named)), ets:lookup(ets:whereis(named), key1), ets:whereis(nope), ets:insert_new(S, {1, x}), ets:insert_new(S, {100, y}),
          ets:update_counter(C, hits, 5), ets:update_counter(C, hits, {2, 10, 12, 0}),
          ets:update_counter(C, hits, [{2, 1}, {3, -1}]), ets:update_counter(C, miss, 1, {miss, 0, 0}),
          ets:update_element(C, hits, {3, 99}), ets:lookup(C, hits), ets:update_element(C, nokey, {2, 1}),
          ets:take(S, 1), ets:lookup(S, 1), ets:delete(S, 2), ets:member(S, 2),
          ets:delete_object(B, {k, 1}), s(ets:lookup(B, k)), ets:select_count(S, [{{'$1', '$2'}, [{'>', '$2', 100}], [true]}]),
          s(ets:select(S, [{{'$1', '$2'}, [{'<', '$1', 5}], ['$2']}])),
          s(ets:select(S, [{{'$1', '$2'}, [{'andalso', {'>', '$1', 3}, {'<', '$1', 6}}], [{{'$2', '$1'}}]}])),
          s(ets:match(S, {'$1', 9})), s(ets:match_object(S, {'_', 16})), ets:select(O, [{{'$1', '_'}, [{is_integer, '$1'}], ['$_']}]),
          ets:select_reverse(O, [{{'$1', '_'}, [], ['$1']}]), ets:select_delete(S, [{{'$1', '_'}, [{'>', '$1', 15}], [true]}]),
          ets:info(S, size), ets:delete_all_objects(B), ets:info(B, size), lists:sum(ets:foldl(fun({_, V}, A) -> [V | A] end, [], S)),
          ets:info(ets:new(x, []), protection)],
    Errors = [t(fun() -> ets:insert(S, not_a_tuple) end), t(fun() -> ets:lookup(no_such_table, 1) end),
              t(fun() -> ets:new(named, [named_table]) end), t(fun() -> ets:new(x, [bogus]) end),
              t(fun() -> ets:update_counter(B, k, 1) end), t(fun() -> ets:update_counter(C, hits, {1, 1}) end),
              t(fun() -> ets:lookup_element(S, 999, 2) end), t(fun() -> ets:insert(named, {short}) end),
              ets:info(no_such_table)],
    Self = self(),
    Owner = spawn(fun() ->
                          T = ets:new(owned, [named_table, public, {heir, Self, handed}]),
                          ets:insert(T, {a, 1}),
                          P = ets:new(private_one, [private]),
                          Self ! {private, P},
                          receive go -> ok end
                  end),
    PrivT = receive {private, PT} -> PT end,
    Priv = t(fun() -> ets:lookup(PrivT, a) end),
    Owner ! go,
    Transfer = receive {'ETS-TRANSFER', Tab, Owner, Data} -> {Tab, Data} end,
    Gone = ets:info(PrivT),
    ets:delete(O),
    [R1, Errors, Priv, Transfer, ets:lookup(owned, a), ets:info(owned, owner) =:= Self, Gone, ets:info(O)].
