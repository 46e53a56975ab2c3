%% Protects strings as character lists: printing, concatenation, prefixes and printability.
-module(lists_strings).
-export([start/0]).

start() ->
    S = "hello",
    {S, S ++ " " ++ "world", [$h, $i], [104, 105, 0], "tab\there", "nl\n", [],
     "quote\"d", "back\\slash", [$a | "bc"], "caf" ++ [233], [1000, 2000],
     lists:prefix("he", S), string:prefix(S, "hel"), [C - 32 || C <- S]}.
