%% Protects ~f, ~e and ~g with default and explicit precision, widths and negative values.
-module(fmt_floats).
-export([start/0]).

f(Fmt, Args) -> lists:flatten(io_lib:format(Fmt, Args)).

start() ->
    Vs = [0.0, 1.0, -1.5, 3.14159265, 123456.789, 1.0e-7, 1.0e20, 0.5, 2.5, 0.125],
    [{f("~f", [V]), f("~e", [V]), f("~g", [V]), f("~.2f", [V]), f("~.3e", [V]), f("~10.1f", [V]),
      f("~-12.4f|", [V]), f("~.1f", [V])} || V <- Vs]
        ++ [f("~.1f ~.1f ~.1f", [0.05, 0.15, 0.25]), f("~15.5e|~-15.5e|", [-2.0e-5, 6.02e23])].
