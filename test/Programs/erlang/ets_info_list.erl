%% Protects the order of the items ets:info/1 returns and their values for a fresh named set, and ets:info/1 on tables owned by another process.
-module(ets_info_list).
-export([start/0]).
clean(L) -> [case K of id -> {id, is_reference(V)}; owner -> {owner, V =:= self()}; memory -> {memory, is_integer(V)}; _ -> {K, V} end || {K, V} <- L].
start() ->
    ets:new(info_list_tab, [named_table, bag, {keypos, 2}]),
    T = ets:new(x, [ordered_set, private]),
    [clean(ets:info(info_list_tab)), clean(ets:info(T))].
