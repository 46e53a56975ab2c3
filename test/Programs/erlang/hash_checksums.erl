%% Protects the checksum BIFs erlang:crc32, adler32 and md5, incremental and whole.
-module(hash_checksums).
-export([start/0]).

start() ->
    Data = <<"The quick brown fox jumps over the lazy dog">>,
    {erlang:crc32(Data), erlang:crc32(erlang:crc32(<<"The quick ">>), <<"brown fox jumps over the lazy dog">>),
     erlang:adler32(Data), erlang:adler32(["io", <<"list">>]), erlang:md5(Data), erlang:md5(<<>>),
     erlang:crc32_combine(erlang:crc32(<<"ab">>), erlang:crc32(<<"cd">>), 2), erlang:crc32(<<"abcd">>),
     erlang:md5_final(erlang:md5_update(erlang:md5_init(), Data)) =:= erlang:md5(Data)}.
