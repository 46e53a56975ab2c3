%% io_lib:format / io:format errors: badarg shapes with erl's error_info.
-module(io_format_errors).
-export([start/0]).
start() -> [catch io_lib:format("~p ~p", [x]), catch io_lib:format("~d", [a]), catch io:format("~s~n", [123]), catch lists:flatten(io_lib:format("~w", [x]))].
