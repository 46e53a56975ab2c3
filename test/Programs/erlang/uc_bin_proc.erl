-module(uc_bin_proc).
-export([start/0]).
hex(B) -> << <<(hd(integer_to_list(N, 16))):8>> || <<N:4>> <= B >>.
unhex(H) -> << <<(list_to_integer([C], 16)):4>> || <<C>> <= H >>.
csv(Line) -> [string:trim(F) || F <- binary:split(Line, <<",">>, [global])].
sum_u16(<<>>, A) -> A;
sum_u16(<<X:16, R/binary>>, A) -> sum_u16(R, A + X).
rev(B) -> list_to_binary(lists:reverse(binary_to_list(B))).
start() ->
    B = <<"Hello, binary world">>,
    [hex(B), unhex(hex(B)) =:= B, csv(<<"a, b ,c,, d">>), sum_u16(<<1, 2, 3, 4, 5, 6>>, 0), rev(B), byte_size(B),
     binary:matches(B, <<"o">>), binary:split(B, [<<", ">>, <<" ">>], [global]), binary_part(B, {byte_size(B), -5}),
     << <<(C - 32)>> || <<C>> <= <<"lower">> >>, [X || <<X:3/binary>> <= <<"abcdefgh">>],
     binary:list_to_bin([<<"a">>, "b", 99]), base64:encode(B), base64:decode(base64:encode(B)), base64:encode_to_string("x"),
     erlang:crc32(B), erlang:adler32(B), erlang:md5(<<"abc">>), binary:referenced_byte_size(binary:part(B, 0, 2)) >= 2,
     string:uppercase(B), binary:replace(B, <<"o">>, <<"0">>, [global, {insert_replaced, 1}])].
