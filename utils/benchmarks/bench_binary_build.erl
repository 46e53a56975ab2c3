%% Benchmark: building binaries by appending in loops and via iolists, then parsing them back.
-module(bench_binary_build).
-export([run/0]).

append(0, Acc) -> Acc;
append(N, Acc) -> append(N - 1, <<Acc/binary, N:32, (N band 255):8>>).

iolist(0, Acc) -> Acc;
iolist(N, Acc) -> iolist(N - 1, [Acc, <<N:16>>, integer_to_binary(N)]).

sum(<<X:32, Y:8, Rest/binary>>, S) -> sum(Rest, (S + X + Y) rem 1000000007);
sum(<<>>, S) -> S.

loop(0, Acc) -> Acc;
loop(N, Acc) ->
    B = append(100000, <<>>),
    I = iolist_to_binary(iolist(50000, [])),
    loop(N - 1, (Acc + sum(B, 0) + byte_size(I) + erlang:crc32(I)) rem 1000000007).

run() -> loop(50, 0).
