%% Typical user code: ac_binaries (a differential program in the style of others' programs).
-module(ac_binaries).
-export([start/0]).
parse(<<Len:8, Str:Len/binary, Rest/binary>>) -> {Str, Rest}.
start() ->
    B = <<1, 2, 3, 255, "abc">>,
    <<A:16, C/binary>> = B,
    [B, A, C, byte_size(B), binary:part(B, 1, 2), binary_to_list(B), list_to_binary([1, [2, <<3>>], "x"]),
     parse(<<3, "abcrest">>), << <<(X * 2)>> || <<X>> <= <<1, 2, 3>> >>, [X || <<X:4>> <= <<16#AB>>],
     binary:split(<<"a,b,c">>, <<",">>, [global]), binary:replace(<<"aaa">>, <<"a">>, <<"b">>, [global]),
     binary:match(<<"hello">>, <<"ll">>), binary:matches(<<"abab">>, <<"b">>), binary:copy(<<"x">>, 3),
     term_to_binary({a, [1, 2], "s"}), binary_to_term(term_to_binary(#{k => v})), base64:encode(<<"hello">>),
     base64:decode("aGVsbG8="), <<1.5:32/float>>, <<(-1):16/signed>>, begin <<X:16/little>> = <<1, 2>>, X end,
     erlang:crc32(<<"abc">>), erlang:md5(<<"abc">>), bit_size(<<1:3>>), <<1:3, 2:5>>, binary:encode_unsigned(65535),
     integer_to_binary(255, 16), binary_to_integer(<<"-42">>), float_to_binary(1.5, [{decimals, 3}]),
     unicode:characters_to_binary("héllo"), unicode:characters_to_list(<<"héllo"/utf8>>), <<"é"/utf8>>,
     iolist_to_binary(["a", <<"b">>, $c]), iolist_size([<<1,2>>, 3]), binary:last(<<"xyz">>), binary:at(<<"xyz">>, 1)].
