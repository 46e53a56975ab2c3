-module(ug_fmt_mix).
-export([start/0]).
table(Rows) ->
    W = lists:max([length(N) || {N, _} <- Rows]),
    [io:format("~*s | ~6.2f~n", [-W, N, V]) || {N, V} <- Rows],
    [io:format("~s~n", [lists:duplicate(W + 9, $-)])],
    ok.
start() ->
    table([{"alpha", 1.5}, {"be", 22.25}, {"gamma ray", -3.0}]),
    io:format("~3..0b:~2..0b~n", [7, 5]),
    io:format("[~8.3.xs]~n", ["abcdef"]),
    io:format("~p|~w|~s~n", [<<"bin">>, <<"bin">>, <<"bin">>]),
    io:format("~.*f~n", [3, 2.0 / 3]),
    io:format("~w ~w ~w~n", [1.0e-10, 123456789.0, 0.1 + 0.7]),
    io:format("~ts ~s~n", [<<"ünï"/utf8>>, "plain"]),
    io:format("~-*c|~n", [5, $z]),
    io:format("~e|~.2e|~20.10e|~n", [0.001, 1234.5, 3.14159]),
    io:format("~#|~.2#|~+~n", [-10, 5, 255]),
    lists:flatten(io_lib:format("~p", [{[], [[]], {{}}, #{[] => {}}}])).
