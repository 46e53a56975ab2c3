%% The reference for bs_construct_otp24.S: the same constructions written in
%% Erlang (the local compiler makes bs_create_bin of them); erl runs it.
-module(bs_construct_otp24).
-export([start/0]).

build(A, B, Rest) -> <<A:8, B:16/little, Rest/binary, "ok", 1.5:32/float>>.
append(0, Acc) -> Acc;
append(N, Acc) -> append(N - 1, <<Acc/binary, N:8>>).
bits(X, Bin) -> <<X:3, Bin/bitstring, X:5/signed>>.
utf(C) -> {<<C/utf8, C/utf16, C/utf32-little>>, byte_size(<<C/utf8>>)}.

start() ->
    [build(1, 770, <<"rest">>), append(5, <<"acc">>), bits(5, <<1:4>>),
     utf($a), utf(16#10FFFF),
     catch build(a, 1, <<>>), catch build(1, 1, <<1:3>>), catch utf(-1)].
