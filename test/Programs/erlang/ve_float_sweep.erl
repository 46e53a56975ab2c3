%% Protects float printing over a deterministic sweep of magnitudes: ~p/~w (shortest round trip), ~f/~e/~g, float_to_list/binary options.
-module(ve_float_sweep).
-export([start/0]).
floats() ->
    Seeds = [1.0, 1.5, 0.1, 0.3, 2.0 / 3.0, 3.141592653589793, 1.0e-7, 123456.789, 9.999999999999999e22, 5.0e-324,
             1.7976931348623157e308, 2.2250738585072014e-308, 0.5, 100.0, 1.0e15, 1.0e16, 1.0e21, 1.0e22, 123.0e-5],
    Scaled = [S * math:pow(10, E) || S <- [1.2345, 7.0, 9.99, 0.3333], E <- lists:seq(-30, 30, 3)],
    Seeds ++ [-X || X <- Seeds] ++ Scaled ++ [float(N) || N <- [0, 1, 7, 1 bsl 53, (1 bsl 53) + 1, 1 bsl 62]].
fmt(F, X) -> lists:flatten(io_lib:format(F, [X])).
start() ->
    Fs = floats(),
    [[fmt("~p", X), fmt("~w", X), fmt("~f", X), fmt("~e", X), fmt("~g", X), fmt("~.3f", X), fmt("~.10e", X),
      float_to_list(X), float_to_list(X, [short]), float_to_list(X, [{scientific, 4}]), float_to_binary(X, [{decimals, 3}, compact]),
      io_lib:write(X)]
     || X <- Fs, abs(X) < 1.0e30].
