%% Protects the error_info causes (id, access, badkey, keypos, position, table_type, already_exists) of ETS badargs.
-module(vb_ets_errors).
-export([start/0]).
c(F) -> try F() catch error:R:St -> {R, case St of [{_, _, _, I} | _] -> proplists:get_value(error_info, I); _ -> none end} end.
start() ->
    T = ets:new(t, [set]), Bg = ets:new(b, [bag]),
    P = spawn(fun() -> receive stop -> ok end end),
    Priv = receive after 0 -> ets:new(p, [private]) end,
    Self = self(),
    spawn(fun() -> Self ! {prot, ets:new(q, [protected]), ets:new(r, [private])}, receive _ -> ok end end),
    {Prot, Pr2} = receive {prot, A, B} -> {A, B} end,
    B1 = ets:new(bb, [bag]), ets:insert(B1, {1, a}), ets:insert(B1, {1, b}), ets:insert(B1, {1, a}),
    [c(fun() -> ets:insert(notab, {1}) end), c(fun() -> ets:lookup(notab, 1) end), c(fun() -> ets:insert(T, bad) end),
     c(fun() -> ets:insert(T, {}) end), c(fun() -> ets:lookup_element(T, 1, 2) end), c(fun() -> ets:insert(T, {1, 2}), ets:lookup_element(T, 1, 5) end),
     c(fun() -> ets:update_counter(T, nokey, 1) end), c(fun() -> ets:update_counter(T, 1, {1, 1}) end), c(fun() -> ets:update_counter(T, 1, {5, 1}) end),
     c(fun() -> ets:update_counter(Bg, 1, 1) end), c(fun() -> ets:update_element(T, 1, {1, x}) end), c(fun() -> ets:update_element(T, 1, {9, x}) end),
     c(fun() -> ets:insert(Prot, {1}) end), c(fun() -> ets:lookup(Pr2, 1) end), c(fun() -> ets:new(t2, [bogus]) end),
     c(fun() -> ets:new(t3, [named_table]), ets:new(t3, [named_table]) end), c(fun() -> ets:delete(notab) end), c(fun() -> ets:first(notab) end),
     c(fun() -> ets:next(T, nokey) end), c(fun() -> ets:select(T, bad) end), c(fun() -> ets:match(notab, '_') end), c(fun() -> ets:tab2list(notab) end),
     c(fun() -> ets:info(notab) end), c(fun() -> ets:give_away(T, P, x) end), c(fun() -> ets:give_away(Prot, P, x) end),
     c(fun() -> ets:update_counter(T, 1, a) end), c(fun() -> ets:lookup(T, 1) end), Priv =/= x, ets:lookup(B1, 1), c(fun() -> ets:foldl(fun(_, Acc) -> Acc end, 0, notab) end),
     c(fun() -> ets:rename(notab, x) end), c(fun() -> ets:member(notab, 1) end), c(fun() -> ets:delete(T, 1), ets:delete(notab, 1) end),
     c(fun() -> ets:insert_new(notab, {1}) end), c(fun() -> ets:take(notab, 1) end), c(fun() -> ets:select_count(notab, []) end)].
