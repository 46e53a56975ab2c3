-module(uh_cipher).
-export([start/0]).
vigenere(Text, Key, Dir) ->
    K = lists:flatten(lists:duplicate(length(Text) div length(Key) + 1, Key)),
    [($A + ((C - $A) + Dir * (KC - $A) + 26) rem 26) || {C, KC} <- lists:zip(Text, lists:sublist(K, length(Text)))].
xor_bin(B, Key) -> crypto_free_xor(B, Key, 0).
crypto_free_xor(<<>>, _, _) -> <<>>;
crypto_free_xor(<<C, R/binary>>, Key, I) -> <<(C bxor binary:at(Key, I rem byte_size(Key))), (crypto_free_xor(R, Key, I + 1))/binary>>.
start() ->
    E = vigenere("ATTACKATDAWN", "LEMON", 1),
    X = xor_bin(<<"secret message">>, <<"k3y">>),
    [E, vigenere(E, "LEMON", -1), X, xor_bin(X, <<"k3y">>), base64:encode(X), erlang:crc32(X), binary:encode_hex(X), binary:decode_hex(<<"4869">>)].
