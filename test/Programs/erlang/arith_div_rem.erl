%% Protects div and rem sign rules (truncation toward zero) for small and big operands.
-module(arith_div_rem).
-export([start/0]).

start() ->
    Pairs = [{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1, 1}, {-1, 1},
             {576460752303423488, 3}, {-576460752303423488, 7},
             {1 bsl 100, (1 bsl 50) + 1}, {-(1 bsl 100), 1 bsl 33}, {5, 1 bsl 70},
             {-576460752303423488, -1}],
    [{A, B, A div B, A rem B, (A div B) * B + A rem B =:= A} || {A, B} <- Pairs].
