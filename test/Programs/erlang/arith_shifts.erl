%% Protects bsl/bsr edge cases: negative and huge shift counts, negative values, bignums.
-module(arith_shifts).
-export([start/0]).

start() ->
    Vs = [1, -1, 7, -7, 1 bsl 59, -(1 bsl 59), 1 bsl 130, -(1 bsl 130) + 1],
    Ss = [0, 1, 3, 59, 60, 64, 200, -1, -3, -64, -300],
    [[V bsl S || S <- Ss] || V <- Vs] ++ [[V bsr S || S <- Ss] || V <- Vs].
