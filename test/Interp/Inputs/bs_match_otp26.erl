%% The reference for bs_match_otp26.S: the same matches written in Erlang,
%% which the local compiler turns into bs_get_* instructions; erl runs it.
-module(bs_match_otp26).
-export([start/0]).

parse(<<"GIF", V:3/binary, _/binary>>) -> {gif, V};
parse(<<X:32/signed-little>>) -> {int32, X};
parse(<<_:4, X:4, _:8, Y:8>>) -> {skipped, X, Y};
parse(<<Big:72>>) -> {big, Big};
parse(<<A:8, B:16/little, C:4, D:4/signed, Rest/binary>>) -> {A, B, C, D, Rest};
parse(_) -> nomatch.

update(R) -> setelement(4, setelement(2, R, b), {R}).

start() ->
    {run(), update({r, 1, 2, 3})}.

run() ->
    [parse(B) || B <- [<<1, 2, 3, 16#AB, "rest">>, <<"GIF89a...">>, <<"GIF89a..">>,
                       <<255, 255, 255, 255>>, <<16#F5, 0, 7>>, <<1, 2>>,
                       <<1, 2, 3, 4, 5, 6, 7, 8, 9>>, <<1, 2, 3, 4:4>>]].
