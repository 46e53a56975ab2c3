%% Protects badarg from binary construction with wrong types, negative or absurd sizes.
-module(bin_construct_errors).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    A = ?MODULE:id(a),
    F = ?MODULE:id(1.5),
    Neg = ?MODULE:id(-1),
    [t(fun() -> <<A:8>> end), t(fun() -> <<F:8>> end), t(fun() -> <<1:Neg>> end),
     t(fun() -> <<(?MODULE:id(<<1, 2>>)):3/binary>> end), t(fun() -> <<A/binary>> end),
     t(fun() -> <<1:A>> end), t(fun() -> <<A/utf8>> end), t(fun() -> <<A:64/float>> end),
     t(fun() -> <<(?MODULE:id(1)):8/unit:3>> end)].
