%% Protects binary BIFs: binary_part, split_binary, binary_to_list/3, iolists and sizes.
-module(bin_bifs).
-export([start/0]).

start() ->
    B = <<"abcdefgh">>,
    IoL = [$a, <<"bc">>, [[<<"d">>], "ef"], <<>>, [] | <<"g">>],
    {binary_part(B, 2, 3), binary_part(B, {8, -3}), split_binary(B, 3),
     binary_to_list(B, 2, 4), binary_to_list(B), list_to_binary([1, [2, <<3>>], 4]),
     iolist_to_binary(IoL), iolist_size(IoL), erlang:iolist_to_iovec([<<"a">>, "b"]),
     byte_size(B), binary:copy(<<"ab">>, 3), binary:first(B), binary:last(B), binary:at(B, 3),
     try binary_part(B, 5, 5) catch error:R -> R end,
     try iolist_to_binary([256]) catch error:R2 -> R2 end,
     try list_to_binary([a]) catch error:R3 -> R3 end}.
