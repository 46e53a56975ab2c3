%% Protects utf8/utf16/utf32 segments: construction, matching, and bad code points.
-module(bin_utf).
-export([start/0, id/1]).

id(X) -> X.

decode8(<<C/utf8, R/binary>>) -> [C | decode8(R)];
decode8(<<>>) -> [].

start() ->
    Cs = [$a, 233, 16#20AC, 16#1F600, 16#10FFFF, 0],
    U8 = << <<C/utf8>> || C <- Cs >>,
    U16 = << <<C/utf16>> || C <- Cs >>,
    U16L = << <<C/utf16-little>> || C <- Cs >>,
    U32 = << <<C/utf32>> || C <- Cs >>,
    {U8, U16, U16L, U32, decode8(U8),
     [C || <<C/utf16>> <= U16], [C || <<C/utf16-little>> <= U16L], [C || <<C/utf32>> <= U32],
     try <<(?MODULE:id(16#D800))/utf8>> catch error:R1 -> R1 end,
     try <<(?MODULE:id(16#110000))/utf32>> catch error:R2 -> R2 end,
     case ?MODULE:id(<<16#C0, 16#80>>) of <<X/utf8>> -> X; _ -> overlong_rejected end,
     case ?MODULE:id(<<16#ED, 16#A0, 16#80>>) of <<Y/utf8>> -> Y; _ -> surrogate_rejected end,
     <<"€"/utf8>>, <<"€"/utf16>>}.
