-module(ug_convert_edge).
-export([start/0]).
t(F) -> try F() catch error:R -> {error, R} end.
start() ->
    [t(fun() -> list_to_integer(" 1") end), t(fun() -> list_to_integer("1_000") end), t(fun() -> list_to_integer("-0") end),
     t(fun() -> list_to_float("1.0e") end), t(fun() -> list_to_float(".5") end), t(fun() -> list_to_float("5.") end),
     t(fun() -> list_to_float("1.5E+3") end), t(fun() -> binary_to_float(<<"-0.0">>) end), t(fun() -> float_to_list(1.0e-320) end),
     t(fun() -> integer_to_binary(0, 2) end), t(fun() -> list_to_integer("zz", 36) end), t(fun() -> binary_to_integer(<<"+0012">>) end),
     t(fun() -> erlang:list_to_integer("１２") end), t(fun() -> list_to_atom("") end), t(fun() -> atom_to_binary('', utf8) end),
     t(fun() -> binary_to_atom(<<"a", 0>>, latin1) end), t(fun() -> list_to_binary([<<1:4>>]) end), t(fun() -> list_to_bitstring([<<1:4>>, <<2:4>>]) end),
     t(fun() -> float_to_list(1.5, [{decimals, 300}]) =/= x end), t(fun() -> float_to_list(1.5, [{decimals, 254}]) =/= x end),
     t(fun() -> float_to_binary(-1.25, [{scientific, 0}]) end), t(fun() -> round(1.0e30) end), t(fun() -> trunc(-1.0e19) end)].
