-module(ua_strings2).
-export([start/0]).
start() ->
    U = "Grüße, Ĳssel — naïve café",
    B = <<"Grüße, Ĳssel — naïve café"/utf8>>,
    [string:uppercase(U), string:lowercase(B), string:titlecase(B), string:length(U), string:length(B),
     string:split(B, ", "), string:split(U, " ", trailing), string:split("a..b..c", "..", all), string:lexemes(B, " ,"),
     string:trim(<<"  \t x y \n">>), string:trim("xxhixx", both, "x"), string:trim("...hi", leading, "."),
     string:pad(<<"é"/utf8>>, 5), string:pad("é", 5, leading), string:pad("abc", 2), string:pad("a", 5, both, "é"),
     string:replace(B, "é", "E", all), string:replace("aaa", "a", "b"), string:replace("aaa", "a", "b", trailing),
     string:find(B, "ss"), string:find(U, "e", trailing), string:find("abc", "z"), string:slice(B, 2, 5),
     string:reverse(B), string:next_grapheme(B), string:next_codepoint(U), string:to_graphemes("ée"),
     string:take("abc123", "abc"), string:take("abc123", "0123456789", true), string:take("abc", "c", false, trailing),
     string:casefold("ÉCOLE"), string:equal("abc", <<"abc">>), string:equal("ABC", "abc", true), string:is_empty(<<>>),
     string:nth_lexeme("a,b,,c", 3, ","), string:to_integer(<<"-42 rest">>), string:to_integer("x"), string:to_float("1.5e3"),
     string:to_float("1e3"), string:chomp(<<"x\r\n">>), string:tokens("  a b  ", " "), string:join(["é", "ü"], "-"),
     string:copies("ab", 3), string:chr("hello", $l), string:rchr("hello", $l), string:rstr("hello hello", "ll"),
     string:span("aabbc", "ab"), string:cspan("aabbc", "c"), string:left("ab", 4, $.), string:right("ab", 4, $.),
     string:to_upper("mixed Case"), string:to_lower($A), string:sub_string("hello", 2), string:strip("..x..", both, $.)].
