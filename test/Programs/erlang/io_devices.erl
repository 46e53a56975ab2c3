%% Protects: the standard IO devices by name: `user', `standard_io' and
%% `standard_error' (output on stderr; reading from it is not supported),
%% io:fwrite/io:write/io:nl, and io_request replies from `user'.
-module(io_devices).
-export([start/0]).

start() ->
    io:format(user, "to user ~p~n", [1]),
    io:format(standard_io, "to standard_io ~s~n", ["x"]),
    ok = io:put_chars(standard_error, "to standard_error\n"),
    ok = io:format(standard_error, "~p~n", [{error, line}]),
    io:fwrite("fwrite ~w~n", [[a, "b"]]),
    io:write(user, {a, b}), io:nl(user),
    Err = io:get_line(standard_error, ""),
    Pids = [is_pid(whereis(N)) || N <- [user, standard_error]],
    {Err, Pids, io:format(user, "~ts~n", [<<"done"/utf8>>])}.
