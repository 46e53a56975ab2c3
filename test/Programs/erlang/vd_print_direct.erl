%% Protects output written directly with io:format/io:fwrite/io:put_chars/io:write/io:nl (tables, padding, floats) before the result.
-module(vd_print_direct).
-export([start/0]).
start() ->
    Rows = [{"apple", 3, 1.25}, {"banana", 12, 0.5}, {"cherry", 100, 12.125}, {"dürüm", 1, 7.0}],
    io:format("~-10s|~5s|~10s~n", ["name", "qty", "price"]),
    io:format("~s~n", [lists:duplicate(27, $-)]),
    [io:format("~-10ts|~5w|~10.2f~n", [N, Q, P]) || {N, Q, P} <- Rows],
    io:fwrite("total: ~p items, ~.3f~n", [length(Rows), lists:sum([Q * P || {_, Q, P} <- Rows])]),
    io:put_chars("put_chars line\n"),
    io:put_chars(["deep", [$ , <<"iolist">>], "\n"]),
    io:write({a, "b", <<"c">>, 1.5}), io:nl(),
    io:format("~p ~w ~s ~c~c~n", [[1, 2], "str", <<"bin">>, $o, $k]),
    io:format("~8.3.0f|~.1f|~f~n", [3.14159, 2.25, 1.0e-3]),
    io:format("~*.*f|~-*s|~n", [9, 2, 3.14159, 6, "ab"]),
    io:format("~ts~n", [<<"ünïcödé"/utf8>>]),
    io:format("~p~n", [[{key, "value"}, {<<"bin">>, 1.0e-10}, #{nested => #{deep => [1, 2, 3]}}]]),
    io:format(standard_io, "to standard_io ~p~n", [ok]),
    io:format(user, "to user ~p~n", [ok]),
    io:format("~i~p~n", [skipped, shown]),
    io:format("no args~n"),
    io:format("~~ ~n", []),
    done.
