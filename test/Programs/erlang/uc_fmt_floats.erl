-module(uc_fmt_floats).
-export([start/0]).
f(F, A) -> lists:flatten(io_lib:format(F, A)).
start() ->
    Xs = [0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 123.456, 1.0e-7, 9.999999, 1.0e21, 1.0e-21, 3.0e8, 6.02214076e23, 1/3, 100.0/7],
    [[f("~w", [X]) || X <- Xs], [f("~f", [X]) || X <- Xs], [f("~.1f", [X]) || X <- Xs], [f("~e", [X]) || X <- Xs],
     [f("~.2e", [X]) || X <- Xs], [f("~g", [X]) || X <- Xs], [f("~.4g", [X]) || X <- Xs], [float_to_list(X) || X <- Xs],
     [float_to_list(X, [short]) || X <- Xs], [float_to_list(X, [{decimals, 2}, compact]) || X <- Xs],
     [f("~15.3f|", [X]) || X <- lists:sublist(Xs, 5)], [f("~-15e|", [X]) || X <- lists:sublist(Xs, 5)],
     [f("~p", [X]) || X <- [1.0e15, 1.0e16, 123456789012345.0, 0.000001, 1.0e-5]]].
