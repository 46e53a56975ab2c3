%% Protects named (self-recursive) funs and funs passed to themselves.
-module(funs_named_recursive).
-export([start/0]).

start() ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    Fib = fun Fib(N) when N < 2 -> N; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    Y = fun(Self, N) when N =< 0 -> []; (Self, N) -> [N | Self(Self, N - 1)] end,
    Len = fun L([]) -> 0; L([_ | T]) -> 1 + L(T) end,
    {Fact(25), [Fib(I) || I <- lists:seq(0, 15)], Y(Y, 5), Len(lists:seq(1, 1000))}.
