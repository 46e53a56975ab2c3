%% Protects the binary module: split, matches, replace, match, part, encode/decode_unsigned, hex.
-module(bin_module).
-export([start/0]).

start() ->
    B = <<"one,two,,three,two">>,
    {binary:split(B, <<",">>), binary:split(B, <<",">>, [global]),
     binary:split(B, [<<",">>, <<"t">>], [global, trim_all]),
     binary:matches(B, <<"two">>), binary:match(B, <<"three">>), binary:match(B, <<"x">>),
     binary:replace(B, <<"two">>, <<"2">>), binary:replace(B, <<"two">>, <<"[]">>,
                                                            [global, {insert_replaced, 1}]),
     binary:part(B, 4, 3), binary:decode_unsigned(<<1, 0>>), binary:decode_unsigned(<<1, 0>>, little),
     binary:encode_unsigned(65536), binary:encode_unsigned(258, little),
     binary:bin_to_list(<<"xyz">>), binary:list_to_bin([<<"a">>, "b"]),
     binary:longest_common_prefix([<<"prefix1">>, <<"prefix22">>, <<"pre">>]),
     binary:longest_common_suffix([<<"abcxyz">>, <<"xyz">>]),
     binary:encode_hex(<<1, 171, 255>>), binary:decode_hex(<<"01abFF">>),
     binary:referenced_byte_size(<<"abc">>)}.
