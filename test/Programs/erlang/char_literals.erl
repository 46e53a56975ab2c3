%% Protects character literals and escape sequences in strings, atoms and binaries.
-module(char_literals).
-export([start/0]).

start() ->
    {[$a, $\n, $\t, $\s, $\\, $\', $", $\0, $\e, $\d, $\b, $\f, $\v, $\r, $\^A, $\^z, $\x41, $\x{1F600}, $\101],
     "\x{3B1}\x{3B2}", <<"\x01\x02">>, 'at\nom', "esc\"aped", <<"\x{E9}"/utf8>>, "é"}.
