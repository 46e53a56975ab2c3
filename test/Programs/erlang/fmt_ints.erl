%% Protects integer control sequences ~b ~B ~x ~X ~# ~+ with bases, widths and padding.
-module(fmt_ints).
-export([start/0]).

f(Fmt, Args) -> lists:flatten(io_lib:format(Fmt, Args)).

start() ->
    [f("~b", [255]), f("~.2b", [10]), f("~.16b", [255]), f("~.16B", [255]), f("~.36b", [1295]),
     f("~x", [255, "0x"]), f("~.16X", [-255, "0x"]), f("~#", [255]), f("~.8#", [8]), f("~.16+", [-255]),
     f("[~8b]", [42]), f("[~-8b]", [42]), f("[~8..0b]", [42]), f("[~8.2.0b]", [5]), f("~b", [-42]),
     f("~b", [1 bsl 100]), f("~.16b", [-(1 bsl 70)]), f("~w", [1 bsl 64]), f("~5w|", [7]),
     f("~-5w|", [7]), f("~3w", [12345])].
