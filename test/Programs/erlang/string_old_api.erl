%% Protects the classic list-based string functions: tokens, str, substr, copies, chr, strip, left.
-module(string_old_api).
-export([start/0]).

start() ->
    {string:tokens("a,b;;c", ",;"), string:str("hello", "ll"), string:rstr("hello hello", "he"),
     string:substr("hello", 2, 3), string:substr("hello", 3), string:copies("ab", 3),
     string:chr("hello", $l), string:rchr("hello", $l), string:strip("  x  "),
     string:strip("--x--", right, $-), string:left("ab", 4, $.), string:right("ab", 4),
     string:centre("ab", 6), string:sub_word("one two three", 2), string:words("one two  three"),
     string:to_upper("mixed Case"), string:to_lower("MIXED"), string:span("aabbc", "ab"),
     string:cspan("hello", "l"), string:concat("ab", "cd"), string:sub_string("hello", 2, 4)}.
