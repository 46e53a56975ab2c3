-module(ua_binsyn).
-export([start/0]).
parse_packet(<<Ver:4, Type:4, Len:16/big, Payload:Len/binary, Rest/binary>>) -> {Ver, Type, Payload, Rest};
parse_packet(_) -> invalid.
start() ->
    Pkt = <<1:4, 2:4, 3:16, "abc", "tail">>,
    <<A:3, B:5, C/bits>> = <<200, 100>>,
    <<F:32/float>> = <<64, 73, 15, 219>>,
    <<D:64/float-little>> = <<0, 0, 0, 0, 0, 0, 240, 63>>,
    <<S:16/signed>> = <<255, 254>>,
    <<L:32/little-unsigned>> = <<1, 0, 0, 0>>,
    [parse_packet(Pkt), parse_packet(<<1, 2>>), A, B, C, F, D, S, L, <<1:1, 0:1, 1:6>>, <<-1:16>>, <<256:8>>,
     <<1.5:32/float>>, <<"abc"/utf16>>, <<16#1F600/utf8>>, bit_size(<<1:3>>), byte_size(<<1:9>>), <<<<1:2>>/bits, 3:2>>,
     binary:part(<<"hello">>, 1, 3), binary:split(<<"a,b,c">>, <<",">>, [global]), binary:match(<<"hello">>, <<"ll">>),
     binary:replace(<<"aXbX">>, <<"X">>, <<"-">>, [global]), binary:copy(<<"ab">>, 3), binary:first(<<"xyz">>),
     binary:last(<<"xyz">>), binary:at(<<"xyz">>, 1), binary:bin_to_list(<<"abc">>), binary:encode_unsigned(65535),
     binary:decode_unsigned(<<1, 0>>), binary:longest_common_prefix([<<"abcd">>, <<"abxy">>]), list_to_bitstring([<<1:1>>, 2]),
     erlang:split_binary(<<"abcdef">>, 2), iolist_to_binary([<<"a">>, [$b, [<<"c">>]], "d"]), iolist_size([<<"ab">>, $c]),
     << <<X:8>> || X <- [1, 2, 3] >>, [X || <<X:2>> <= <<255>>], catch <<(a):8>>, catch binary_to_list(<<1:3>>)].
