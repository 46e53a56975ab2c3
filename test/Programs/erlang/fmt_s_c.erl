%% Protects ~s, ~ts and ~c with field widths, precision, padding and left adjustment.
-module(fmt_s_c).
-export([start/0]).

f(Fmt, Args) -> lists:flatten(io_lib:format(Fmt, Args)).

start() ->
    [f("~s", ["abc"]), f("~s", [<<"bin">>]), f("~s", [atom]), f("~s", [[$a, [$b, <<"c">>]]]),
     f("[~10s]", ["right"]), f("[~-10s]", ["left"]), f("[~.3s]", ["truncate"]),
     f("[~10.3s]", ["truncate"]), f("[~10..xs]", ["pad"]), f("~c", [$x]), f("~5c", [$y]),
     f("[~-5c]", [$z]), f("~ts", [[16#20AC, $a]]), f("~ts", [<<"é€"/utf8>>]),
     f("[~10ts]", [[233]]), f("~s~s", ["a", "b"]), f("~c~c", [$h, $i])].
