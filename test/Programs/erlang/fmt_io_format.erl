%% Protects io:format writing straight to standard output, including multi-line output.
-module(fmt_io_format).
-export([start/0]).

start() ->
    io:format("plain line~n"),
    io:format("~p and ~w~n", [{tuple, "str"}, [1, 2]]),
    io:format("~s|~5s|~-5s|~n", ["a", "b", "c"]),
    io:format("~.3f ~e ~g~n", [2.0 / 3, 12345.678, 0.0001]),
    io:format(<<"binary format string ~p~n">>, [ok]),
    io:format("~ts~n", [<<"utf8 text: abc"/utf8>>]),
    io:put_chars("put_chars\n"),
    io:put_chars([<<"iolist ">>, "put", $\n]),
    io:nl(),
    io:write({written, 1}),
    io:nl(),
    done.
