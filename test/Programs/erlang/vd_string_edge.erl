%% Protects string module edge cases: empty inputs, unicode graphemes, binaries vs lists, directions and counts.
-module(vd_string_edge).
-export([start/0]).
start() ->
    [string:split("", ","), string:split(",", ","), string:split("a,,b", ",", all), string:split(<<"a,,b">>, ",", all),
     string:lexemes("", " "), string:lexemes(",,", ","), string:trim(""), string:trim("   "), string:trim(<<"\t x \n">>),
     string:trim("..a..", both, "."), string:trim("éaé", both, "é"), string:pad("", 3), string:pad("abcdef", 3),
     string:pad("ab", 5, both), string:slice("", 0, 5), string:slice("abc", 5), string:slice("héllo", 1, 10),
     string:find("", "a"), string:find("abc", ""), string:replace("aaa", "a", "b", all), string:replace("abc", "", "x"),
     string:length(""), string:length("e\x{301}"), string:reverse("e\x{301}a"), string:to_upper(""), string:to_upper("straße"),
     string:uppercase("straße"), string:titlecase(""), string:titlecase("ǆemal"), string:casefold("ΣΑΣ"),
     string:equal("a", "A", true, nfc), string:prefix("", ""), string:prefix("abc", ""), string:prefix("ab", "abc"),
     string:take("", "a"), string:next_grapheme(""), string:next_codepoint([]), string:to_integer(""), string:to_integer("+"),
     string:to_integer("-0"), string:to_integer("12.5"), string:to_float("12"), string:to_float("1.e5"), string:to_float(".5"),
     string:to_float("-1.5e-3x"), string:to_float(<<"3.0">>), string:chomp("line\r\n"), string:chomp(<<"x\n\n">>),
     string:nth_lexeme("a b c", 5, " "), string:join([], ","), string:join(["x"], ","), string:tokens("", ","),
     string:centre("abc", 2), string:left("", 2, $x), string:right("abcdef", 2), string:words(""), string:sub_word("a b", 3),
     string:strip(""), string:substr("abc", 4), string:str("", ""), string:chars($a, 0),
     string:is_empty(" "), ok].
