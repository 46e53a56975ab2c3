%% Protects integer identity, abs, min/max and sign handling around 64-bit limits.
-module(arith_integer_limits).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Max64 = ?MODULE:id(9223372036854775807),
    Min64 = ?MODULE:id(-9223372036854775808),
    {Max64 + 1, Min64 - 1, -Min64, abs(Min64), Max64 * Max64, Min64 * -1,
     max(Max64, Min64), min(Max64, 1.0e30), Max64 == 9223372036854775807.0,
     Max64 < 9223372036854775808.0, 0 - Min64 =:= Max64 + 1,
     -(-(Max64 + 1)), (Max64 bsl 1) + 1, abs(Max64 + 1 - Max64 - Max64)}.
