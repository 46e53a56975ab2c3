%% Protects erlang:phash2/1,2 values for every term type and range, plus phash/2.
-module(phash2_values).
-export([start/0]).

start() ->
    Ts = [0, 1, -1, 1 bsl 64, 1.0, -0.0, atom, "", "abc", <<"abc">>, <<1:5>>, {}, {a, 1}, [a | b],
          #{}, #{a => 1, b => 2}, maps:from_list([{I, I} || I <- lists:seq(1, 50)]), [[[]]]],
    {[erlang:phash2(T) || T <- Ts], [erlang:phash2(T, 1000) || T <- Ts],
     [erlang:phash(T, 1 bsl 32) || T <- lists:sublist(Ts, 14)], erlang:phash2(Ts, 1)}.
