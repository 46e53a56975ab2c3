%% Protects correctness under allocation pressure: many short-lived and some long-lived terms.
-module(gc_pressure).
-export([start/0]).

churn(0, Keep) -> Keep;
churn(N, Keep) ->
    Garbage = [{N, I, <<I:32>>, [I]} || I <- lists:seq(1, 200)],
    Kept = case N rem 50 of 0 -> [lists:nth(7, Garbage) | Keep]; _ -> Keep end,
    churn(N - 1, Kept).

start() ->
    Keep = churn(2000, []),
    Big = lists:foldl(fun(I, Acc) -> [integer_to_list(I) | Acc] end, [], lists:seq(1, 100000)),
    {length(Keep), hd(Keep), lists:last(Keep), length(Big), lists:sum([length(S) || S <- Big]),
     erlang:phash2(Keep)}.
