-module(ua_deeprec).
-export([start/0]).
len([]) -> 0;
len([_ | T]) -> 1 + len(T).
sum_body(0) -> 0;
sum_body(N) -> N + sum_body(N - 1).
sum_tail(0, A) -> A;
sum_tail(N, A) -> sum_tail(N - 1, A + N).
build(0) -> [];
build(N) -> [N | build(N - 1)].
mapb(_, []) -> [];
mapb(F, [H | T]) -> [F(H) | mapb(F, T)].
nest(0) -> leaf;
nest(N) -> {node, nest(N - 1)}.
depth(leaf) -> 0;
depth({node, T}) -> 1 + depth(T).
start() ->
    N = 300000,
    L = build(N),
    [len(L), sum_body(N), sum_tail(N, 0), lists:sum(mapb(fun(X) -> X * 2 end, L)), depth(nest(200000)),
     length(lists:seq(1, 1000000)), lists:last(lists:reverse(build(100000)))].
