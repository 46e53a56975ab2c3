%% Protects ~i, ~n, ~~, ~W, ~P depth limits, ~tp, ~lp and io_lib:format errors.
-module(fmt_misc).
-export([start/0]).

f(Fmt, Args) -> lists:flatten(io_lib:format(Fmt, Args)).

start() ->
    Deep = [1, [2, [3, [4, [5, [6]]]]], {a, {b, {c, {d}}}}],
    [f("a~ib", [ignored]), f("x~ny", []), f("100~~", []), f("~W", [Deep, 3]), f("~P", [Deep, 4]),
     f("~tp", [[16#3B1, 16#3B2]]), f("~p", [[16#3B1, 16#3B2]]), f("~lp", ["abc"]),
     f("~tp", [<<"ω"/utf8>>]), f("~p", [<<"ω"/utf8>>]), f("~w ~w", [a, "b"]),
     try io_lib:format("~d", [a]) catch error:R -> R end,
     try io_lib:format("~p ~p", [one]) catch error:R2 -> R2 end,
     try io_lib:format("~q", [x]) catch error:R3 -> R3 end,
     f("~*c", [3, $z]), f("~.*f", [2, 3.14159]), f("~*.*f|", [9, 3, 2.5])].
