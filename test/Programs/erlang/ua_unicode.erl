-module(ua_unicode).
-export([start/0]).
start() ->
    S = "héĬ€😀",
    B = unicode:characters_to_binary(S),
    io:format("~p~n", [B]),
    io:format("~p~n", [S]),
    io:format("~tp~n", [S]),
    io:format("~ts~n", [S]),
    io:format("~p~n", [<<"héĬ"/utf8>>]),
    io:format("~tp~n", [<<"héĬ"/utf8>>]),
    io:format("~p~n", [<<"plain ascii">>]),
    io:format("~p~n", [<<"latin1 é">>]),
    io:format("~p~n", [[<<"a"/utf8>>, "é", [233], [1024]]]),
    io:format("~w~n", [B]),
    [B, byte_size(B), unicode:characters_to_list(B), unicode:characters_to_binary(S, unicode, utf16),
     unicode:characters_to_binary(S, unicode, {utf32, little}), unicode:characters_to_list(<<200, 201>>, latin1),
     unicode:characters_to_binary([<<"ab">>, "cd", [<<"é"/utf8>>]]), unicode:characters_to_binary(<<255, 0>>),
     unicode:characters_to_list(<<"ab", 255>>), unicode:bin_is_7bit(<<"abc">>),
     [C || <<C/utf8>> <= B], <<<<C/utf16>> || C <- "aé">>, binary_to_list(<<"é"/utf8>>), length(S),
     io_lib:format("~ts", [B]), unicode:characters_to_nfd_list("é"), unicode:characters_to_nfc_list([$e, 769]),
     list_to_binary("é"), catch list_to_binary([1024]), atom_to_list('é'), list_to_atom([1024]), atom_to_binary('Ĭ'),
     binary_to_atom(<<"ü"/utf8>>, utf8)].
