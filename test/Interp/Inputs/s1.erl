-module(s1).
-export([start/0, fact/1]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
start() ->
  erlang:display(fact(10)),
  erlang:display([X * 2 || X <- [1,2,3]]),
  erlang:display({catch error(foo), catch throw(bar)}),
  erlang:display(lists:reverse([1,2,3])),
  ok.
