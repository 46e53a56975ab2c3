%% Protects integer segment matching: sizes, signedness, endianness, units and odd bit widths.
-module(bin_match_int).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    B = ?MODULE:id(<<255, 254, 1, 2, 3, 4, 5, 6, 7, 8, 128, 0, 9>>),
    <<A:8, As:8/signed, C:16, D:16/little, E:32/signed-little, F:16/big, G:3, H:5, I/binary>> = B,
    <<J:13, K:11/signed, _/bits>> = B,
    <<L:2/unit:16, _/binary>> = B,
    <<M:104/signed>> = B,
    <<Nn:104/little-signed>> = B,
    Size = ?MODULE:id(7),
    <<P:Size, Q:Size/little, _/bits>> = B,
    {A, As, C, D, E, F, G, H, I, J, K, L, M, Nn, P, Q,
     case B of <<255, X:4, _/bits>> -> X; _ -> nomatch end,
     case B of <<1, _/binary>> -> one; <<_:8, 254:8, _/binary>> -> two end}.
