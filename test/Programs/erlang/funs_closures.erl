%% Protects closures: captured variables, nested closures and closures built in loops.
-module(funs_closures).
-export([start/0]).

adder(N) -> fun(X) -> X + N end.

counter(Start) ->
    fun(Step) -> {Start + Step, counter(Start + Step)} end.

start() ->
    Add5 = adder(5),
    Adders = [adder(I) || I <- lists:seq(1, 5)],
    {V1, C1} = (counter(10))(1),
    {V2, _} = C1(5),
    A = 1, B = [2, 3], C = {4}, D = <<5>>, E = #{6 => 7},
    Big = fun() -> {A, B, C, D, E} end,
    Nested = fun(X) -> fun(Y) -> fun(Z) -> X * 100 + Y * 10 + Z end end end,
    {Add5(10), [F(100) || F <- Adders], V1, V2, Big(), ((Nested(1))(2))(3),
     lists:map(fun(F) -> F(0) end, Adders)}.
