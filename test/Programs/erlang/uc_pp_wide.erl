-module(uc_pp_wide).
-export([start/0]).
-record(state, {id, name, items = [], meta = #{}}).
start() ->
    S = #state{id = 42, name = "a fairly long name for a record field", items = lists:seq(1, 30), meta = #{k => "v", n => 1}},
    io:format("~p~n", [S]),
    io:format("~p~n", [[S, S]]),
    io:format("~p~n", [{ok, [{K, lists:duplicate(K, $x)} || K <- lists:seq(1, 12)]}]),
    io:format("~p~n", [[<<"binary number ", (integer_to_binary(I))/binary>> || I <- lists:seq(1, 8)]]),
    io:format("~p~n", [#{list => lists:seq(1, 40), nested => #{a => #{b => #{c => lists:seq(1, 10)}}}}]),
    io:format("~60p~n", [lists:seq(1, 40)]),
    io:format("~20p~n", [{a, b, c, d, e, f, g, h}]),
    io:format("~P~n", [lists:seq(1, 100), 10]),
    io:format("~P~n", [#{a => [1, 2, 3], b => {x, y}}, 3]),
    io:format("~P~n", ["a long string that is deep", 3]),
    io:format("~p~n", [{"str", [$a, $b], [1, 2], 'A', "multi\nline"}]),
    io:format("~p~n", [lists:duplicate(5, "repeated string value")]),
    ok.
