%% Protects integer printing and arithmetic over a sweep around word and small-int boundaries: bases, ~B/~X/~#, div/rem/bsl/bsr signs.
-module(ve_int_sweep).
-export([start/0]).
ints() ->
    Edges = [0, 1, 59, 60, 61, 62, 63, 64, 65, 127, 128],
    Bs = lists:usort(lists:append([[(1 bsl E) - 1, 1 bsl E, (1 bsl E) + 1] || E <- Edges])),
    Bs ++ [-B || B <- Bs] ++ [12345678901234567890123, -98765432109876543210].
start() ->
    Is = ints(),
    [[integer_to_list(I), integer_to_list(I, 16), integer_to_list(I, 2), integer_to_binary(I, 36),
      lists:flatten(io_lib:format("~B ~.16B ~.8X ~#", [I, I, I, "0o", I])), I div 7, I rem 7, I div -3, I rem -3,
      I bsl 3, I bsr 3, I band 16#F0F0, I bor 1, I bxor -1, abs(I), -I, I * I, I + 576460752303423488, I - 576460752303423488,
      float(I), erlang:phash2(I), term_to_binary(I)]
     || I <- Is].
