%% Protects binary module functions with ordinary and error arguments.
-module(va_binary_mod).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    B = <<"the quick brown fox jumps over the lazy dog">>,
    [binary:split(B, <<" ">>), binary:split(B, [<<" ">>, <<"o">>], [global]), binary:split(<<",a,,b,">>, <<",">>, [global, trim]),
     binary:split(<<",a,,b,">>, <<",">>, [global, trim_all]), binary:split(B, <<"the">>, [{scope, {1, 20}}]),
     binary:replace(B, <<"the">>, <<"THE">>), binary:replace(B, <<"o">>, <<"0">>, [global]),
     binary:replace(<<"abc">>, <<"b">>, <<"[]">>, [{insert_replaced, 1}]), binary:match(B, <<"fox">>),
     binary:match(B, [<<"dog">>, <<"lazy">>]), binary:match(B, <<"cat">>), binary:matches(B, <<"o">>),
     binary:matches(B, [<<"the">>, <<"he">>]), binary:part(B, 4, 5), binary:part(B, {10, -4}), t(fun() -> binary:part(B, 40, 10) end),
     binary:copy(<<"ab">>, 3), binary:copy(<<>>, 5), binary:decode_unsigned(<<1, 0>>), binary:decode_unsigned(<<1, 0>>, little),
     binary:encode_unsigned(256), binary:encode_unsigned(256, little), binary:encode_unsigned(0), t(fun() -> binary:encode_unsigned(-1) end),
     binary:bin_to_list(<<"abc">>), binary:bin_to_list(<<"abcdef">>, 2, 3), binary:bin_to_list(<<"abcdef">>, {1, 2}),
     binary:list_to_bin([1, <<2>>, [3]]), binary:longest_common_prefix([<<"foobar">>, <<"foobaz">>, <<"foo">>]),
     binary:longest_common_suffix([<<"abcxyz">>, <<"xyz">>]), binary:longest_common_prefix([<<"a">>, <<"b">>]),
     binary:first(<<"abc">>), binary:last(<<"abc">>), binary:at(<<"abc">>, 1), t(fun() -> binary:at(<<"abc">>, 3) end),
     t(fun() -> binary:first(<<>>) end), binary:referenced_byte_size(<<"abc">>) >= 3, t(fun() -> binary:split(B, <<>>) end),
     t(fun() -> binary:match(x, <<"a">>) end), binary:match(B, <<"o">>, [{scope, {20, 10}}]),
     binary:compile_pattern(<<"x">>) =/= nope, binary:split(B, binary:compile_pattern([<<" ">>])),
     binary:encode_hex(<<1, 255, 16>>), binary:decode_hex(<<"01ff10">>), binary:decode_hex(<<"01FF">>),
     t(fun() -> binary:decode_hex(<<"0">>) end)].
