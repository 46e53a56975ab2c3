%% Protects the exact error reasons of common BIFs called with bad arguments.
-module(va_bif_errors).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    [t(fun() -> hd([]) end), t(fun() -> tl([]) end), t(fun() -> hd(x) end), t(fun() -> atom_to_list(1) end),
     t(fun() -> list_to_atom([a]) end), t(fun() -> list_to_atom(lists:duplicate(256, $a)) end), length(atom_to_list(list_to_atom(lists:duplicate(255, $a)))),
     t(fun() -> binary_to_term(<<1, 2, 3>>) end), t(fun() -> binary_to_term(<<131, 100>>) end), t(fun() -> length([a | b]) end),
     t(fun() -> length(x) end), t(fun() -> abs(a) end), t(fun() -> 1 + a end), t(fun() -> 1 / 0 end), t(fun() -> 1 div 0 end),
     t(fun() -> 1 rem 0 end), t(fun() -> 1.5 rem 1 end), t(fun() -> -a end), t(fun() -> bnot 1.0 end), t(fun() -> 1 bsl a end),
     t(fun() -> atom_to_binary("a") end), t(fun() -> list_to_binary([256]) end), t(fun() -> list_to_binary(a) end),
     t(fun() -> iolist_to_binary([a]) end), t(fun() -> iolist_size([1 | 2]) end), t(fun() -> binary_to_list(<<1:3>>) end),
     t(fun() -> tuple_to_list(a) end), t(fun() -> integer_to_list(a) end), t(fun() -> list_to_tuple(a) end),
     t(fun() -> binary_part(<<"abc">>, 2, 5) end), t(fun() -> split_binary(<<"abc">>, 4) end), t(fun() -> erlang:error(my) end),
     t(fun() -> erlang:error(my, [1]) end), t(fun() -> exit(bye) end), t(fun() -> throw(ball) end), t(fun() -> trunc(a) end),
     t(fun() -> round("1") end), t(fun() -> float(a) end), t(fun() -> atom_to_list(<<"a">>) end), t(fun() -> lists:nth(0, [a]) end),
     t(fun() -> lists:nth(5, [a]) end), t(fun() -> lists:last([]) end), t(fun() -> lists:seq(5, 1) end), t(fun() -> lists:sum([a]) end),
     t(fun() -> lists:max([]) end), t(fun() -> list_to_existing_atom("no_such_atom_xyzzy") end), t(fun() -> binary_to_existing_atom(<<"no_such_atom_q">>) end),
     t(fun() -> erlang:binary_to_atom(<<255>>, utf8) end), t(fun() -> atom_to_binary(a, bad) end), t(fun() -> apply(lists, reverse, [a, b, c]) end),
     t(fun() -> apply(no_mod, f, []) end), t(fun() -> (fun(X) -> X end)(1, 2) end), t(fun() -> erlang:make_ref(x) end),
     t(fun() -> tuple_size(1) end), t(fun() -> map_size([]) end), t(fun() -> bit_size(a) end), t(fun() -> byte_size(1) end),
     t(fun() -> erlang:phash2(a, 0) end), t(fun() -> list_to_pid("x") end), t(fun() -> process_flag(bad, x) end),
     t(fun() -> register(1, self()) end), t(fun() -> unregister(not_registered_name) end), t(fun() -> whereis(1) end),
     t(fun() -> erlang:send(no_such_name, m) end), t(fun() -> no_such_name ! m end), t(fun() -> link(1) end)].
