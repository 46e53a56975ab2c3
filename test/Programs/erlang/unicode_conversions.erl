%% Protects unicode:characters_to_binary/list between encodings, with error and incomplete results.
-module(unicode_conversions).
-export([start/0]).

start() ->
    S = [$a, 233, 16#20AC, 16#1F600],
    U8 = unicode:characters_to_binary(S),
    {U8, unicode:characters_to_list(U8), unicode:characters_to_binary(S, unicode, utf16),
     unicode:characters_to_binary(S, unicode, {utf32, little}),
     unicode:characters_to_list(unicode:characters_to_binary(S, unicode, utf16), utf16),
     unicode:characters_to_binary([<<"mix">>, $-, [<<"é"/utf8>>]]),
     unicode:characters_to_binary(<<233>>, latin1), unicode:characters_to_list(<<233, 255>>, latin1),
     unicode:characters_to_binary(S, unicode, latin1),
     unicode:characters_to_list(<<"ok", 16#E2, 16#82>>),
     unicode:characters_to_list(<<"ok", 255, "x">>),
     unicode:characters_to_binary([16#110000]),
     unicode:bom_to_encoding(<<16#EF, 16#BB, 16#BF, "x">>), unicode:encoding_to_bom(utf16)}.
