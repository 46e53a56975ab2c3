%% Protects ETS match specification guards: type tests, comparisons (== vs =:=), arithmetic, element/size/hd/length, andalso/orelse/not/xor, is_record-like tuple tests, map_get, and guard errors making a clause fail instead of raising.
-module(ets_ms_guards).
-export([start/0]).
start() ->
    T = ets:new(g, [ordered_set]),
    ets:insert(T, [{1, 1.0}, {2, atom}, {3, [a, b]}, {4, {t, 1}}, {5, <<"bin">>}, {6, #{k => v}}, {7, -3}, {8, "str"}]),
    K = fun(G) -> ets:select(T, [{{'$1', '$2'}, G, ['$1']}]) end,
    [K([{is_integer, '$2'}]), K([{is_float, '$2'}]), K([{is_number, '$2'}]), K([{is_atom, '$2'}]),
     K([{is_list, '$2'}]), K([{is_tuple, '$2'}]), K([{is_binary, '$2'}]), K([{is_map, '$2'}]),
     K([{'==', '$2', 1}]), K([{'=:=', '$2', 1}]), K([{'/=', '$2', atom}]), K([{'=/=', '$1', '$2'}]),
     K([{'>', '$2', 0}]), K([{'=<', '$2', '$1'}]),
     K([{'==', {'rem', '$1', 2}, 0}]), K([{'>', {'*', '$1', '$1'}, 30}]), K([{'==', {abs, '$2'}, 3}]),
     K([{'==', {element, 1, '$2'}, t}]), K([{'==', {size, '$2'}, 3}]), K([{'==', {hd, '$2'}, a}]),
     K([{'==', {length, '$2'}, 3}]), K([{'==', {map_get, k, '$2'}, v}]), K([{is_map_key, k, '$2'}]),
     K([{'andalso', {is_integer, '$2'}, {'<', '$2', 0}}]), K([{'orelse', {is_atom, '$2'}, {is_binary, '$2'}}]),
     K([{'not', {is_list, '$2'}}]), K([{'xor', {'>', '$1', 4}, {is_list, '$2'}}]),
     K([{is_integer, '$2'}, {is_atom, '$2'}]),
     K([{'>', {'+', '$2', 1}, 0}]),
     K([{'orelse', {'>', {'+', '$2', 1}, 0}, {is_atom, '$2'}}]),
     K([{'==', {element, 2, '$2'}, 1}]),
     K([{is_record, '$2', t, 2}]),
     K([{'==', {'band', '$1', 1}, 1}]), K([{'==', {'bsl', '$1', 2}, 8}]), K([{'==', {'div', '$1', 3}, 2}]),
     K([{'==', {float, '$1'}, 2.0}]), K([{'==', {trunc, '$2'}, 1}]),
     K([{'==', {byte_size, '$2'}, 3}]), K([{'==', {'-', '$2'}, 3}]), K([{'==', '$1', {const, 8}}]),
     K([true]), K([false]), K([{'==', '$2', '$2'}])].
