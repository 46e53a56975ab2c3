%% Protects the grapheme-aware string module: split, lexemes, trim, pad, case, find, slice.
-module(string_module).
-export([start/0]).

start() ->
    S = "  Hello, Wörld!  ",
    B = <<"a,b,,c"/utf8>>,
    {string:trim(S), string:trim(S, leading), string:trim("xxhixx", both, "x"),
     string:split(B, ","), string:split(B, ",", all), string:split("a-b-c", "-", trailing),
     string:lexemes("a  b c ", " "), string:uppercase("straße"), string:lowercase(<<"ÀB"/utf8>>),
     string:titlecase("élan"), string:casefold("ẞig"), string:pad("ab", 5), string:pad("ab", 5, leading, $*),
     string:pad("ab", 6, both), string:find("hello world", "o"), string:find("hello world", "o", trailing),
     string:find("abc", "z"), string:slice("hello", 1, 3), string:length("e\x{301}x"),
     string:length(<<"🇸🇪ab"/utf8>>), string:reverse("abc"), string:replace("a.b.c", ".", "::", all),
     string:to_integer("42abc"), string:to_float("3.5e2x"), string:to_integer("x"),
     string:equal("abc", <<"abc">>), string:is_empty(""), string:next_grapheme("e\x{301}z"),
     string:nth_lexeme("a b c", 2, " "), string:prefix(<<"foobar">>, "foo"), string:chomp("line\r\n"),
     string:take("abc123", lists:seq($a, $z)), string:join(["a", "b"], ", ")}.
