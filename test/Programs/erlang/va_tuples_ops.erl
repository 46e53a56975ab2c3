%% Protects tuple BIFs: setelement/append_element/insert_element/delete_element/make_tuple and their errors.
-module(va_tuples_ops).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    T = {a, b, c},
    [setelement(1, T, x), erlang:append_element(T, d), erlang:insert_element(1, T, z), erlang:insert_element(4, T, z),
     erlang:delete_element(2, T), erlang:make_tuple(3, 0), erlang:make_tuple(4, x, [{2, y}, {4, z}]), tuple_size(T),
     tuple_to_list(T), list_to_tuple([1, [2]]), element(3, T), t(fun() -> element(4, T) end), t(fun() -> element(0, T) end),
     t(fun() -> element(a, T) end), t(fun() -> setelement(5, T, x) end), t(fun() -> erlang:insert_element(5, T, z) end),
     t(fun() -> erlang:delete_element(0, T) end), t(fun() -> erlang:delete_element(1, {}) end), t(fun() -> tuple_size([a]) end),
     t(fun() -> erlang:make_tuple(-1, a) end), t(fun() -> list_to_tuple([a | b]) end), erlang:delete_element(1, {a}),
     t(fun() -> element(1, [a]) end), size(T), size(<<"abc">>), t(fun() -> size([]) end), {} < {a}, {b} < {a, a},
     lists:sort([{2, a}, {1, b, c}, {1, z}, {}])].
