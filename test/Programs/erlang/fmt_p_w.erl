%% Protects io_lib:format ~p versus ~w on every term type, including string detection.
-module(fmt_p_w).
-export([start/0]).

f(Fmt, Args) -> lists:flatten(io_lib:format(Fmt, Args)).

start() ->
    Ts = [atom, 'Quoted atom', 42, -1.5, "string", [1, 2, 3], [], <<"bin">>, <<1, 2>>, <<1:3>>,
          {a, "b", <<"c">>}, #{k => "v"}, [97, 98 | 99], "with\nnewline", [7, 8, 9, 10],
          [$a, 128], [$a, 255, 256]],
    [{f("~p", [T]), f("~w", [T])} || T <- Ts].
