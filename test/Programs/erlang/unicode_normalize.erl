%% Protects Unicode normalization forms NFC/NFD/NFKC/NFKD from the unicode module.
-module(unicode_normalize).
-export([start/0]).

start() ->
    Decomposed = [$e, 16#301],
    Composed = [233],
    Lig = [16#FB01, $x, 16#2460],
    {unicode:characters_to_nfc_list(Decomposed), unicode:characters_to_nfd_list(Composed),
     unicode:characters_to_nfkc_list(Lig), unicode:characters_to_nfkd_list(Lig),
     unicode:characters_to_nfc_binary(<<"A", 16#CC, 16#8A>>),
     unicode:characters_to_nfd_binary(<<"Å"/utf8>>),
     unicode:characters_to_nfc_list([16#1100, 16#1161, 16#11A8])}.
