%% Protects overflow from small integers into bignums and back at every word boundary.
-module(arith_bignum_overflow).
-export([start/0]).

start() ->
    Bounds = [(1 bsl 27), (1 bsl 31), (1 bsl 59), (1 bsl 60), (1 bsl 63), (1 bsl 64)],
    Up = [{B - 1, B, B + 1, -B - 1, B * B} || B <- Bounds],
    Down = [{(B + 1) - 2, (B * 4) div 4 =:= B} || B <- Bounds],
    [Big0 | _] = [X + 1 || X <- [576460752303423487]],
    Small = Big0 - 1,
    {Up, Down, Big0, Small, is_integer(Big0), Small + 1 =:= Big0,
     hd([X - 18446744073709551615 || X <- [18446744073709551616]])}.
