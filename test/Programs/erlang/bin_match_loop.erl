%% Protects length-prefixed binary parsing in a tail-recursive match loop.
-module(bin_match_loop).
-export([start/0]).

encode(Items) -> << <<(byte_size(I)):8, I/binary>> || I <- Items >>.

decode(<<Len:8, Data:Len/binary, Rest/binary>>, Acc) -> decode(Rest, [Data | Acc]);
decode(<<>>, Acc) -> lists:reverse(Acc);
decode(Other, Acc) -> {truncated, Other, lists:reverse(Acc)}.

sum_bytes(<<X, Rest/binary>>, S) -> sum_bytes(Rest, S + X);
sum_bytes(<<>>, S) -> S.

start() ->
    Items = [<<"alpha">>, <<>>, <<"be">>, binary:copy(<<"z">>, 200)],
    E = encode(Items),
    {decode(E, []) =:= Items, byte_size(E), decode(<<3, "ab">>, []),
     decode(<<1, "a", 5, "abc">>, []), sum_bytes(binary:copy(<<1, 2, 3>>, 10000), 0)}.
