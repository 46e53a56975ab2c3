-module(uc_ets_free).
-export([start/0]).
%% word frequency and memoization via maps/process dictionary (no ets)
memo_fib(N) when N < 2 -> N;
memo_fib(N) ->
    case get({fib, N}) of
        undefined -> V = memo_fib(N - 1) + memo_fib(N - 2), put({fib, N}, V), V;
        V -> V
    end.
freq(Words) -> lists:foldl(fun(W, M) -> M#{W => maps:get(W, M, 0) + 1} end, #{}, Words).
top(M, N) -> lists:sublist(lists:sort(fun({A, X}, {B, Y}) -> {Y, A} =< {X, B} end, maps:to_list(M)), N).
start() ->
    Text = "the quick brown fox jumps over the lazy dog the fox",
    [memo_fib(90), top(freq(string:tokens(Text, " ")), 3), maps:size(freq(Text)),
     lists:foldl(fun(C, Acc) -> Acc * 31 + C end, 7, Text) rem 1000000007].
