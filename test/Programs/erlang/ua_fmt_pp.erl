-module(ua_fmt_pp).
-export([start/0]).
start() ->
    L = lists:seq(1, 40),
    T = {record_like, [{key, value}, {other, "a string value that is long"}], lists:seq(100, 130), #{x => 1, y => [1,2,3], z => <<"bin">>}},
    io:format("~p~n", [L]),
    io:format("~p~n", [T]),
    io:format("~40p~n", [T]),
    io:format("~P~n", [T, 4]),
    io:format("~w~n", [T]),
    io:format("~p~n", [[{a, 1}, {b, 2}, {c, [x, y, z]}]]),
    io:format("~p~n", [[[1,2],[3,4],"abc", 'at om']]),
    io:format("~p~n", [lists:duplicate(30, {some, tuple})]),
    io:format("~p~n", [list_to_tuple(lists:seq(1, 30))]),
    io:format("~p~n", [maps:from_list([{K, K * K} || K <- lists:seq(1, 20)])]),
    io:format("~p~n", [{"nested", {"deeper", {"deepest", lists:seq(1, 25)}}}]),
    io:format("~s~n", [io_lib:format("~p", [lists:seq(1, 50)])]),
    ok.
