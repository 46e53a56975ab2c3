%% Protects unicode:characters_to_list/binary on good, incomplete and invalid input.
-module(va_unicode_bad).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    [unicode:characters_to_list(<<"héllo"/utf8>>), unicode:characters_to_list(<<"h", 16#e9>>, latin1),
     unicode:characters_to_binary("héllo"), unicode:characters_to_binary("héllo", unicode, latin1),
     unicode:characters_to_binary([16#100], unicode, latin1), unicode:characters_to_list(<<"ab", 16#ff, "cd">>),
     unicode:characters_to_list(<<"ab", 16#c3>>), unicode:characters_to_binary(<<"ab", 16#e2, 16#82>>),
     unicode:characters_to_binary([$a, <<"b">>, [$c, 16#20ac]]), t(fun() -> unicode:characters_to_binary([$a, -1]) end),
     t(fun() -> unicode:characters_to_list(atom) end), unicode:characters_to_list([<<"ok">>, 16#110000]),
     unicode:characters_to_binary("€", unicode, utf16), unicode:characters_to_binary("€", unicode, {utf16, little}),
     unicode:characters_to_binary("€", unicode, utf32), unicode:characters_to_list(<<0, 65, 0, 66>>, utf16),
     unicode:characters_to_list(<<65, 0, 0, 0>>, {utf32, little}), unicode:bom_to_encoding(<<16#ef, 16#bb, 16#bf, "x">>),
     unicode:encoding_to_bom(utf8), unicode:characters_to_nfc_list("e\x{301}"), unicode:characters_to_nfd_binary(<<"é"/utf8>>),
     unicode:characters_to_nfkc_list("ﬁ"), t(fun() -> unicode:characters_to_binary(<<1:4>>) end),
     unicode:characters_to_binary([16#D800]), unicode:characters_to_list([$a | <<"b">>]),
     io_lib:format("~ts", [[16#4e2d, 16#6587]]) =/= x, lists:flatten(io_lib:format("~p", [[16#4e2d]])),
     lists:flatten(io_lib:format("~tp", [[16#4e2d, 16#6587]])), lists:flatten(io_lib:format("~tp", [<<"中"/utf8>>]))].
