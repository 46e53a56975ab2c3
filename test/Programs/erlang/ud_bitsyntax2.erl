-module(ud_bitsyntax2).
-export([start/0]).
decode_varint(<<0:1, V:7, Rest/binary>>) -> {V, Rest};
decode_varint(<<1:1, V:7, Rest/binary>>) -> {Hi, R} = decode_varint(Rest), {V bor (Hi bsl 7), R}.
encode_varint(N) when N < 128 -> <<N>>;
encode_varint(N) -> <<1:1, (N band 127):7, (encode_varint(N bsr 7))/binary>>.
ipv4(<<A, B, C, D>>) -> lists:flatten(io_lib:format("~b.~b.~b.~b", [A, B, C, D])).
start() ->
    <<X:16/float>> = <<60, 0>>,
    <<Y:32/signed-little>> = <<255, 255, 255, 255>>,
    Ns = [0, 1, 127, 128, 300, 16384, 1 bsl 35],
    Enc = [encode_varint(N) || N <- Ns],
    [Enc, [element(1, decode_varint(E)) || E <- Enc], ipv4(<<192, 168, 1, 254>>), <<1:1, 2:2, 3:3, 4:4, 5:5>>,
     [X || <<X:5>> <= <<1:1, 2:2, 3:3, 4:4, 5:5, 0:5>>], <<(-1):8/signed>>, <<(-1):16/little-signed>>, <<1.0:64/float>>,
     <<1.0:16/float>>, X, Y,
     byte_size(<<0:1000>>), <<"abc":8/binary-unit:1>> =:= <<"a">>, catch <<1:1/binary>>, (fun(<<S:8, B:S/binary, _/bits>>) -> B end)(<<3, "xyzw">>),
     [Sz || <<Sz:4, _:Sz>> <= <<2:4, 1:2, 0:4, 3:4, 5:3>>], <<<<(N+$0)>> || N <- lists:seq(0, 9)>>]. 
