%% Protects binary, bytes and bits segments with sizes, units and tail matching.
-module(bin_binary_segments).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    B = ?MODULE:id(<<"hello world">>),
    <<Hello:5/binary, $\s, World/binary>> = B,
    <<First:2/bytes, Rest/bytes>> = B,
    <<Bits:12/bits, More/bits>> = B,
    <<Two:2/binary-unit:16, _/binary>> = B,
    N = ?MODULE:id(3),
    <<Pre:N/binary, _/binary>> = B,
    {Hello, World, First, Rest, Bits, bit_size(More), Two, Pre,
     <<Hello/binary, "-", World/binary>>, <<Bits/bits, More/bits>> =:= B,
     <<Hello:3/binary>>, <<Bits:4/bits>>, <<B/binary, 0:1>>,
     try <<(?MODULE:id(<<1:1>>))/binary>> catch error:R -> R end}.
