%% Drives fused_ops.S (see there).
-module(fused_ops_main).
-export([start/0]).
start() ->
    Self = self(),
    [Self ! M || M <- [a, {want}, {other, 1}, {want, 1}, b, {want, 2}]],
    First = fused_ops:pick(),
    Later = spawn(fun() -> Self ! {want, 3} end),
    Second = fused_ops:pick(),
    Third = fused_ops:pick(),
    Rest = flush(),
    {fused_ops:clobber({{10, 20}, 30}), fused_ops:triple({x, y, z}),
     fused_ops:ypair({left, right}), First, Second, Third, is_pid(Later), Rest}.
flush() -> receive M -> [M | flush()] after 0 -> [] end.
