%% Protects the shortest round-trip printing of floats by ~p and ~w.
-module(arith_float_format).
-export([start/0]).

start() ->
    Fs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1.0e10, 1.0e15, 1.0e16,
          1.0e21, 1.0e22, 123456789012345678.0, 1.0e-5, 1.0e-4, 0.001, 5.0e-324,
          2.2250738585072014e-308, 1.7976931348623157e308, 3.141592653589793,
          2.718281828459045, 100.0, 1.5e300, 9007199254740993.0, 0.5, 1/3, 2/3],
    [{F, lists:flatten(io_lib:format("~w", [F]))} || F <- Fs].
