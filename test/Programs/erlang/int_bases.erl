%% Protects integer_to_list/binary and list/binary_to_integer in every base from 2 to 36.
-module(int_bases).
-export([start/0]).

start() ->
    Ns = [0, 35, -35, 1295, 1 bsl 64, -(1 bsl 100) + 1],
    Strs = [[integer_to_list(N, B) || N <- Ns] || B <- lists:seq(2, 36)],
    Back = [[list_to_integer(S, B) || S <- L] || {B, L} <- lists:zip(lists:seq(2, 36), Strs)],
    {Strs, Back =:= [Ns || _ <- lists:seq(2, 36)], integer_to_binary(255, 16), binary_to_integer(<<"-zz">>, 36),
     list_to_integer("+12"), list_to_integer("-0"), list_to_integer("00017"), binary_to_integer(<<"ff">>, 16),
     list_to_integer("Ff", 16), try list_to_integer("2", 2) catch error:R -> R end,
     try list_to_integer("", 10) catch error:R2 -> R2 end, integer_to_list(-7, 2)}.
