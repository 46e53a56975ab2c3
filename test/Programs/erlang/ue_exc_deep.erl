-module(ue_exc_deep).
-export([start/0]).
deep(0) -> error(bottom);
deep(N) -> [N | deep(N - 1)].
deep_throw(0, _) -> throw(found);
deep_throw(N, Acc) -> 1 + deep_throw(N - 1, [N | Acc]).
catcher(0) -> try deep(10) catch error:bottom:St -> length(St) end;
catcher(N) -> catcher(N - 1).
start() ->
    R1 = try deep(100000) catch error:E:St -> {E, length(St), hd(St)} end,
    R2 = catch deep_throw(200000, []),
    R3 = catcher(50000),
    R4 = [try case X of 1 -> throw(one); 2 -> error(two); 3 -> exit(three); _ -> X end catch C:R -> {C, R} end || X <- [1, 2, 3, 4]],
    R5 = try try throw(a) after put(cleanup, done) end catch throw:a -> get(cleanup) end,
    {R1, R2, R3, R4, R5}.
