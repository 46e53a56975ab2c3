%% Protects integer segment construction: sizes, units, signedness and all three endiannesses.
-module(bin_construct_int).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    V = ?MODULE:id(16#0102030405060708),
    N = ?MODULE:id(-2),
    S = ?MODULE:id(12),
    {<<V:64>>, <<V:64/little>>, <<V:32>>, <<V:16/little>>,
     <<N:8>>, <<N:16/signed-little>>, <<N:3>>, <<N:64>>, <<300:8>>, <<1:1, 0:1, 1:1>>,
     <<V:S>>, <<V:S/little>>, <<5:4/unit:2>>, <<1:2/unit:8>>, <<(1 bsl 70):72>>,
     <<(-(1 bsl 70)):80/little>>, <<V:0>>, <<16#FF:4, 16#F0:12/little>>,
     <<1, 2, 3:8, "ab", (?MODULE:id(4)):8/integer-unsigned>>,
     <<(?MODULE:id(1 bsl 100)):104/little-signed>>}.
