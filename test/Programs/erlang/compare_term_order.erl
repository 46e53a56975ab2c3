%% Protects the global term order: number < atom < fun < tuple < map < nil < list < bitstring.
-module(compare_term_order).
-export([start/0]).

start() ->
    F = fun() -> ok end,
    Terms = [<<"b">>, [1], [], #{a => 1}, {1, 2}, {}, F, zebra, 'A', 3, 2.5, -1,
             <<1:3>>, "abc", {0}, #{}, 1 bsl 70, -(1 bsl 70), 1.0e300],
    Sorted = lists:sort(Terms),
    [case is_function(T) of true -> 'FUN'; false -> T end || T <- Sorted].
