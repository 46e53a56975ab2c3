%% Protects badarg from common BIFs given arguments of the wrong type or range.
-module(exc_badarg_bifs).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Calls = [{erlang, atom_to_list, [1]}, {erlang, list_to_atom, [x]}, {erlang, hd, [[]]},
             {erlang, tl, [[]]}, {erlang, length, [[1 | 2]]}, {erlang, binary_to_term, [<<1>>]},
             {erlang, list_to_integer, ["12x"]}, {erlang, abs, [a]}, {erlang, integer_to_list, [1.0]},
             {erlang, list_to_float, ["1"]}, {erlang, atom_to_binary, ["a"]},
             {erlang, binary_to_integer, [<<>>]}, {erlang, tuple_to_list, [[]]},
             {erlang, integer_to_list, [10, 37]}, {erlang, list_to_binary, [[-1]]},
             {erlang, make_ref, [x]}, {erlang, byte_size, [[]]}, {erlang, round, [a]},
             {erlang, float_to_list, [1]}, {erlang, binary_to_list, [<<1:1>>]},
             {erlang, list_to_existing_atom, ["surely_not_an_existing_atom_42"]},
             {erlang, split_binary, [<<1>>, 2]}, {erlang, phash2, [x, 0]},
             {lists, reverse, [x]}],
    [{F, try apply(?MODULE:id(M), F, A) catch C:R -> {C, R} end} || {M, F, A} <- Calls].
