%% Protects erlang:decode_packet/3 for raw, 1/2/4-byte length headers and line packets, with packet_size and line_length, incomplete input and bad options.
-module(ve_decode_packet).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    D = fun(T, B, O) -> t(fun() -> erlang:decode_packet(T, B, O) end) end,
    [D(raw, <<"ab">>, []), D(raw, <<>>, []), D(0, <<"x">>, []), D(1, <<3, "ab">>, []), D(1, <<>>, []), D(2, <<0>>, []),
     D(2, <<0, 2, "abc">>, []), D(4, <<0, 0, 0, 1, "z">>, []), D(line, <<"abc">>, []), D(line, <<"ab\ncd">>, []),
     D(line, <<"abcdef\n">>, [{line_length, 3}]), D(2, <<0, 5, "abcde">>, [{packet_size, 3}]), D(bogus, <<>>, []),
     D(line, <<>>, []), D(1, <<0>>, []), D(raw, <<"abc">>, [{packet_size, 2}]), D(line, <<"a">>, [bad]),
     D(line, <<"\n\nx">>, []), D(4, <<0, 0, 1, 0>>, []), D(1, <<2, "abcd">>, [{packet_size, 2}])].
