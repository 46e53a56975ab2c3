-module(ua_phash).
-export([start/0]).
start() ->
    Ts = [0, 1, -1, 1000000, 1 bsl 64, 1.0, 0.5, a, abc, '', "", "abc", [1, 2, 3], {}, {a, b}, <<>>, <<"abc">>, <<1:3>>,
          #{}, #{a => 1}, #{a => 1, b => 2}, [a | b], {1, {2, {3}}}, lists:seq(1, 100), -(1 bsl 70), 3.14159],
    [[erlang:phash2(T) || T <- Ts], [erlang:phash2(T, 1000) || T <- Ts], [erlang:phash(T, 1 bsl 32) || T <- Ts],
     erlang:phash2(fun lists:map/2), erlang:phash2(maps:from_list([{X, X} || X <- lists:seq(1, 50)]))].
