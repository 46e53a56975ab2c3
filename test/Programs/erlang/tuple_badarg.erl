%% Protects badarg from tuple BIFs given out-of-range indices or non-tuples.
-module(tuple_badarg).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    T = ?MODULE:id({1, 2, 3}),
    [t(fun() -> element(0, T) end), t(fun() -> element(4, T) end),
     t(fun() -> element(1, ?MODULE:id([1])) end), t(fun() -> setelement(5, T, x) end),
     t(fun() -> tuple_size(?MODULE:id(a)) end), t(fun() -> erlang:make_tuple(-1, a) end),
     t(fun() -> list_to_tuple(?MODULE:id([1 | 2])) end),
     t(fun() -> erlang:delete_element(4, T) end), t(fun() -> element(a, T) end)].
