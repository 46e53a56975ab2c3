%% Protects ets:info/2 for each item (name, named_table, keypos, protection, type, size, owner, heir, compressed, read/write_concurrency, decentralized_counters, id) and the keys of ets:info/1, plus info on a deleted table and bad items.
-module(ets_info_items).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    T = ets:new(info_t, [ordered_set, public, {keypos, 2}, {read_concurrency, true}, compressed]),
    N = ets:new(info_n, [named_table, bag, {write_concurrency, true}]),
    ets:insert(T, [{x, 1}, {x, 2}]),
    Items = [name, named_table, keypos, protection, type, size, compressed, read_concurrency,
             write_concurrency, decentralized_counters],
    R1 = [{I, ets:info(T, I)} || I <- Items],
    R2 = [{I, ets:info(N, I)} || I <- Items],
    R3 = [ets:info(T, owner) =:= self(), ets:info(T, heir), ets:info(T, id) =:= T, ets:info(N, id) =:= ets:whereis(info_n),
          is_integer(ets:info(T, memory)), t(fun() -> ets:info(T, bogus) end), t(fun() -> ets:info(T, "size") end),
          ets:info(ets:new(x, [duplicate_bag, private]), protection)],
    Keys = lists:sort([K || {K, _} <- ets:info(T)]),
    ets:delete(T),
    R4 = [ets:info(T), ets:info(T, size), ets:info(no_such_tab, size), t(fun() -> ets:info(42) end)],
    [R1, R2, R3, Keys, R4].
