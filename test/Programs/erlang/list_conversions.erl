%% Protects conversions between lists, binaries, tuples and numbers: list_to_float and friends.
-module(list_conversions).
-export([start/0]).

start() ->
    {binary_to_list(<<"abc">>), list_to_binary("abc"), iolist_to_binary([<<"a">>, [$b, [<<"c">>]]]),
     tuple_to_list({1, {2}}), list_to_tuple([]), integer_to_list(-123), list_to_float("1.5e3"),
     list_to_float("-0.0"), binary_to_float(<<"2.5">>), float_to_list(2.0, [short]), float(3),
     try list_to_float("1.") catch error:R -> R end, try binary_to_float(<<"1e5">>) catch error:R2 -> R2 end,
     list_to_integer("123456789012345678901234567890"), erlang:list_to_bitstring([<<1:4>>, <<2:4>>]),
     erlang:bitstring_to_list(<<1, 2:4>>), term_to_binary(binary_to_list(<<1, 2>>)) =:= term_to_binary([1, 2]),
     binary_to_list(<<>>), list_to_binary([]), integer_to_binary(-5), atom_to_list(list_to_atom("x"))}.
