-module(ud_display).
-export([start/0]).
start() ->
    erlang:display({tuple, [1, 2], "str", <<"bin">>, 1.5, atom, 'Quoted'}),
    erlang:display(lists:seq(1, 5)),
    erlang:display(#{k => v}),
    erlang:display(-12345678901234567890),
    io:format("~p~n", [erlang:display(x)]),
    done.
