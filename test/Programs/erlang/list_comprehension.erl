%% Protects list comprehensions: multiple generators, filters, pattern generators, nesting.
-module(list_comprehension).
-export([start/0]).

start() ->
    {[X * 2 || X <- [1, 2, 3]], [{X, Y} || X <- [1, 2, 3], Y <- [a, b], X =/= 2],
     [X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {ok}]],
     [[Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)],
     [X || X <- lists:seq(1, 30), X rem 3 =:= 0, X rem 5 =:= 0],
     [{A, B, C} || C <- lists:seq(1, 20), B <- lists:seq(1, C), A <- lists:seq(1, B),
                   A * A + B * B =:= C * C],
     [X || X <- [1, a, "s", 2.0], is_number(X)], [ok || true], [ok || false],
     [X || <<X>> <= <<1, 2, 3>>]}.
