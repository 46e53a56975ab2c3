%% Fixture for basic.test: calls, tests, tuples, funs, receive, try.
-module(basic).
-export([add/2, first/1, apply_twice/2, wait/0, safe_div/2, tag/1]).

add(A, B) -> A + B.

first([H | _]) -> H;
first([]) -> none.

apply_twice(F, X) -> F(F(X)).

wait() ->
    receive
        {msg, M} -> M
    after 100 -> timeout
    end.

safe_div(A, B) ->
    try A div B
    catch error:badarith -> infinity
    end.

tag(X) -> lists:map(fun(E) -> {X, E} end, [1, 2, 3]).
