%% Protects non-byte-aligned bitstrings: sizes, printing, concatenation and comparison.
-module(bin_bitstrings).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    B = ?MODULE:id(<<5:3>>),
    C = <<B/bits, 1:1, 255:8>>,
    <<X:4, Y/bits>> = C,
    {B, C, bit_size(C), byte_size(C), X, Y, is_binary(C), is_bitstring(C),
     is_binary(<<C/bits, 0:4>>), <<C/bits, 0:4>>, bitstring_to_list(C),
     list_to_bitstring([<<1:1>>, 2, <<3:2>>]), <<>> =:= <<0:0>>,
     erlang:bit_size(<<1:100>>), <<1:100>>}.
