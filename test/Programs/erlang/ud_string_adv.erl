-module(ud_string_adv).
-export([start/0]).
start() ->
    S = "Ångström ﬁ straße ΣΑΣ",
    [string:uppercase(S), string:lowercase(S), string:casefold(S), string:titlecase("ǆemal"), string:to_graphemes("e\x{301}a"),
     string:length("e\x{301}a"), string:reverse("e\x{301}a"), string:slice(S, 0, 5), string:split(S, " ", all),
     string:pad("ß", 4, trailing, "-"), string:equal("Straße", "STRASSE", true), string:equal(<<"ab">>, ["a", <<"b">>]),
     string:find(S, "ß"), string:prefix(S, "Å"), string:prefix(S, "A"), string:trim("\x{a0} x \x{2003}"),
     string:lexemes("a\r\nb\nc", "\r\n"), string:split("a\r\nb", "\n"), string:is_empty([[], <<>>]), string:nth_lexeme(S, 2, " "),
     unicode:characters_to_nfkc_list("ﬁ"), unicode:characters_to_nfd_binary(<<"Å"/utf8>>), string:to_lower("ÀB"), string:to_upper("àb"),
     io_lib:format("~ts|~-8ts|~8ts|", ["ß", "ß", "ß"]), lists:flatten(io_lib:format("~ts", [[<<"é"/utf8>>, "ü"]]))].
