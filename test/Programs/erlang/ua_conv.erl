-module(ua_conv).
-export([start/0]).
start() ->
    [atom_to_list(hello), list_to_atom("with space"), atom_to_binary(abc), binary_to_atom(<<"xyz">>),
     list_to_existing_atom("ok"), catch list_to_existing_atom("surely_not_an_existing_atom_qq"),
     integer_to_list(255, 2), integer_to_list(-255, 16), integer_to_list(35, 36), integer_to_binary(-42),
     integer_to_binary(255, 16), list_to_integer("ff", 16), list_to_integer("-101", 2), binary_to_integer(<<"z">>, 36),
     catch list_to_integer("12", 37), catch integer_to_list(10, 1), list_to_integer("+17"), catch list_to_integer(""),
     list_to_binary([1, [2, <<3>>]]), binary_to_list(<<"abc">>, 2, 3), tuple_to_list({a, b}), list_to_tuple([1, 2]),
     float_to_list(1.5), list_to_float("-0.5e-2"), number_to_list(1), term_to_list(x), atom_to_list('Quoted Atom'),
     list_to_pid(pid_to_list(self())) =:= self(), is_list(pid_to_list(self())), integer_to_list(0, 7),
     bitstring_to_list(<<1, 2:3>>), erlang:list_to_bitstring([1, <<2:4>>]), binary_to_list(term_to_binary(a)),
     catch atom_to_list("str"), catch list_to_atom(lists:duplicate(256, $a)), length(atom_to_list(list_to_atom(lists:duplicate(255, $a)))),
     iolist_to_binary(io_lib:format("~w", [{1, a}])), erlang:integer_to_list(1 bsl 65, 36), list_to_integer("0000123")].
number_to_list(N) -> integer_to_list(N).
term_to_list(T) -> lists:flatten(io_lib:format("~p", [T])).
