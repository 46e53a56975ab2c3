-module(uc_errors_bif).
-export([start/0]).
t(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
start() ->
    [t(fun() -> atom_to_list(42) end), t(fun() -> list_to_atom(42) end), t(fun() -> binary_to_list(atom) end),
     t(fun() -> tuple_to_list([]) end), t(fun() -> element(a, {}) end), t(fun() -> erlang:length(abc) end),
     t(fun() -> integer_to_list(abc) end), t(fun() -> list_to_integer("1.5") end), t(fun() -> list_to_float("1") end),
     t(fun() -> binary_to_integer(<<>>) end), t(fun() -> iolist_to_binary([256]) end), t(fun() -> iolist_size(a) end),
     t(fun() -> erlang:make_tuple(-1, a) end), t(fun() -> setelement(3, {a, b}, c) end), t(fun() -> erlang:binary_to_atom(<<255>>, utf8) end),
     t(fun() -> 1 div 0 end), t(fun() -> 1 rem 0 end), t(fun() -> 1.0 / 0 end), t(fun() -> 1 bsl a end), t(fun() -> -a end),
     t(fun() -> bnot 1.0 end), t(fun() -> round(a) end), t(fun() -> trunc("1") end), t(fun() -> float(a) end),
     t(fun() -> self() ! ok end), t(fun() -> make_ref() ! ok end), t(fun() -> spawn(notafun) end),
     t(fun() -> exit(self(), normal), still_alive end), t(fun() -> erlang:put() end), t(fun() -> abs(-5) end),
     t(fun() -> tl(tl([1])) end), t(fun() -> hd(tl([1])) end), t(fun() -> list_to_tuple(a) end), t(fun() -> size(a) end)].
