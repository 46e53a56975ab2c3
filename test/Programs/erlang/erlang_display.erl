%% Protects erlang:display/1 writing the external (~w-like) form of terms to standard output
%% (display_string/1 is left out: erl 25 sends it to stderr).
-module(erlang_display).
-export([start/0]).

start() ->
    [erlang:display(T) || T <- [42, -1 bsl 70, 1.5, atom, 'Q a', "str", [1 | 2], <<1, 2>>, <<"text">>,
                                <<1:3>>, {a, [b]}, #{k => v}, [], {}]],
    done.
