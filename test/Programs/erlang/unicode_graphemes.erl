%% Protects grapheme clustering (unicode_util) through string:to_graphemes and string:length.
-module(unicode_graphemes).
-export([start/0]).

start() ->
    Ss = ["abc", "e\x{301}", [16#1F1FA, 16#1F1F8], "\r\n", [16#1F468, 16#200D, 16#1F469],
          [16#AC00, 16#11A8], "a\x{308}\x{301}b", [16#1F44D, 16#1F3FD]],
    [{string:length(S), string:to_graphemes(S)} || S <- Ss].
