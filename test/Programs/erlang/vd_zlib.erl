%% Protects zlib's one-shot functions: compress/uncompress, zip/unzip, gzip/gunzip round trips and their bytes, data_error on bad input.
-module(vd_zlib).
-export([start/0]).
start() ->
    Data = list_to_binary(lists:duplicate(50, "hello zlib ")),
    [zlib:compress(<<"aaaaaaaa">>), zlib:zip(<<"abcabcabc">>), byte_size(zlib:compress(Data)), zlib:uncompress(zlib:compress(Data)) =:= Data,
     zlib:unzip(zlib:zip(Data)) =:= Data, zlib:gunzip(zlib:gzip(Data)) =:= Data, zlib:uncompress(zlib:compress(["io", [<<"list">>]])),
     zlib:compress(<<>>), zlib:gunzip(zlib:gzip(<<>>)), element(1, catch zlib:uncompress(<<"bad">>)), element(1, catch zlib:gunzip(<<1, 2, 3>>))].
