%% Protects higher-order functions: composition, currying, funs returning funs, fold pipelines.
-module(funs_higher_order).
-export([start/0]).

compose(F, G) -> fun(X) -> F(G(X)) end.
curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.
pipeline(Fs) -> lists:foldl(fun compose/2, fun(X) -> X end, Fs).
twice(F) -> compose(F, F).

start() ->
    Inc = fun(X) -> X + 1 end,
    Dbl = fun(X) -> X * 2 end,
    P = pipeline([Inc, Dbl, Inc]),
    Add = curry(fun erlang:'+'/2),
    {(compose(Inc, Dbl))(5), (compose(Dbl, Inc))(5), P(10), ((Add(3))(4)),
     ((twice(twice(Dbl))))(1), lists:foldl(fun(F, Acc) -> F(Acc) end, 1, [Inc, Dbl, Dbl, Inc]),
     lists:map(Add(100), [1, 2, 3])}.
