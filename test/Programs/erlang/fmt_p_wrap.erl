%% Protects ~p line breaking and indentation of long, nested terms at the default width.
-module(fmt_p_wrap).
-export([start/0]).

start() ->
    Long = lists:seq(1, 40),
    Nested = {config, [{name, "a rather long string value here"}, {items, Long},
                       {nested, #{alpha => Long, beta => {deep, [x, y, z], <<"bytes bytes bytes">>}}}]},
    io:format("~p~n", [Nested]),
    io:format("~P~n", [Nested, 8]),
    io:format("~W~n", [Nested, 5]),
    io:format("~60p~n", [Long]),
    io:format("prefix: ~p~n", [lists:duplicate(12, "word")]),
    lists:duplicate(3, {record_like, 1, 2, "three", [4, 5, 6], <<"seven eight nine">>}).
