%% Typical user code: ac_strings (a differential program in the style of others' programs).
-module(ac_strings).
-export([start/0]).
start() ->
    S = "  Hello, World! Héllo wörld  ",
    [string:trim(S), string:uppercase(S), string:lowercase("ÀÉÎ"), string:titlecase("hello"),
     string:split("a,b,c", ","), string:split("a,b,c", ",", all), string:lexemes("a  b c", " "),
     string:tokens("a-b--c", "-"), string:join(["x","y","z"], ", "), string:pad("ab", 6, both, $*),
     string:replace("aXbXc", "X", "--", all), string:find("hello world", "o w"), string:length("héllo"),
     string:reverse("abc"), string:slice("hello world", 3, 4), string:to_integer("123abc"),
     string:to_float("3.14xyz"), string:is_empty(""), string:equal("a", "A", true),
     string:prefix("prefix-rest", "prefix-"), string:chomp("line\n"), string:casefold("ẞ"),
     lists:flatten(io_lib:format("~-10s|~10s|", ["left", "right"])),
     lists:flatten(io_lib:format("~.3f ~e ~g ~10.2f", [3.14159, 12345.678, 0.0001, -2.5])),
     lists:flatten(io_lib:format("~p ~w ~s ~c ~b ~.16B ~.16x ~.8#", [{a,"b"}, "str", "s", $x, 10, 255, 255, "0x", 8])),
     string:centre("mid", 9), string:substr("abcdef", 2, 3), string:str("hello", "ll"),
     string:sub_word("a b c", 2), string:words("a b  c"), string:strip("  x  ")].
