%% Protects repeated binary appends in a loop (the in-place append path) and their result.
-module(bin_append_loop).
-export([start/0]).

build(0, Acc) -> Acc;
build(N, Acc) -> build(N - 1, <<Acc/binary, (N rem 256):8, "x">>).

bits(0, Acc) -> Acc;
bits(N, Acc) -> bits(N - 1, <<Acc/bits, (N rem 2):1>>).

start() ->
    B = build(20000, <<>>),
    C = bits(1001, <<>>),
    {byte_size(B), erlang:phash2(B), binary:part(B, 0, 6), bit_size(C),
     erlang:phash2(C), binary:last(B)}.
