%% Protects atom conversions: atom_to_list/binary, list/binary_to_atom, existing-atom lookups.
-module(atom_conversions).
-export([start/0]).

start() ->
    {atom_to_list(hello), atom_to_list('with space'), atom_to_binary(hello), atom_to_binary('é'),
     atom_to_binary('é', latin1), list_to_atom("made_up"), list_to_atom([16#3B1]), binary_to_atom(<<"bin">>),
     binary_to_atom(<<"é"/utf8>>, utf8), binary_to_atom(<<233>>, latin1), list_to_existing_atom("ok"),
     binary_to_existing_atom(<<"error">>), try binary_to_existing_atom(<<"never_seen_zq_9">>) catch error:R -> R end,
     list_to_atom(lists:duplicate(255, $a)) =:= list_to_atom(lists:duplicate(255, $a)),
     try list_to_atom(lists:duplicate(256, $a)) catch error:R2 -> R2 end,
     atom_to_list(''), is_atom(list_to_atom("")), try atom_to_binary('ω', latin1) catch error:R3 -> R3 end}.
