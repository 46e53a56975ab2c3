%% Protects tuple BIFs: element, setelement, tuple_size, make_tuple, insert/delete/append_element.
-module(tuple_basic).
-export([start/0]).

start() ->
    T = {a, b, c},
    T2 = setelement(2, T, x),
    {element(1, T), element(3, T), T2, T, tuple_size(T), size(T2),
     erlang:make_tuple(3, z), erlang:make_tuple(5, 0, [{2, two}, {5, five}]),
     erlang:append_element(T, d), erlang:insert_element(1, T, first),
     erlang:insert_element(4, T, last), erlang:delete_element(2, T),
     tuple_to_list(T2), list_to_tuple([1, [2], {3}]), {}, tuple_size({}),
     setelement(1, setelement(3, T, 3), 1)}.
