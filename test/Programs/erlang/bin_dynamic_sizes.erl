%% Protects segment sizes computed at run time, bound earlier in the same pattern or by guards.
-module(bin_dynamic_sizes).
-export([start/0]).

field(Size, Bin) ->
    case Bin of
        <<V:Size, R/bits>> -> {V, bit_size(R)};
        _ -> too_short
    end.

tlv(<<T:4, L:4, V:L/binary, R/binary>>) -> [{T, V} | tlv(R)];
tlv(<<>>) -> [].

start() ->
    B = <<16#DEADBEEF:32>>,
    {[field(S, B) || S <- [0, 1, 7, 8, 13, 31, 32, 33]],
     tlv(<<16#12, 9, 16#23, "ab", 16#F0>>),
     [byte_size(<<0:(N * 8)>>) || N <- [0, 1, 5]],
     << <<X:(X + 1)>> || X <- [1, 2, 3] >>}.
