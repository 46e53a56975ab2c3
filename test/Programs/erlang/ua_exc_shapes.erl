-module(ua_exc_shapes).
-export([start/0]).
show(F) ->
    try F() catch C:R:St -> io:format("~p:~p~n", [C, R]), [io:format("  ~p~n", [Fr]) || Fr <- lists:sublist(St, 2)], ok end.
start() ->
    show(fun() -> lists:map(fun(X) -> X + 1 end, [1, a]) end),
    show(fun() -> erlang:atom_to_list(1) end),
    show(fun() -> binary_to_integer(<<"12x">>) end),
    show(fun() -> list_to_integer("abc") end),
    show(fun() -> erlang:element(0, {}) end),
    show(fun() -> maps:get(a, not_a_map) end),
    show(fun() -> erlang:error(my_reason, [1, 2]) end),
    show(fun() -> erlang:error({custom, "msg"}) end),
    show(fun() -> throw({thrown, 1}) end),
    show(fun() -> exit({shutdown, x}) end),
    show(fun() -> 1 + list_to_atom(id("a")) end),
    show(fun() -> abs(foo) end),
    show(fun() -> string:length(123) end),
    show(fun() -> integer_to_list(1.0) end),
    show(fun() -> lists:seq(a, b) end),
    done.
id(X) -> X.
