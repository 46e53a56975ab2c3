%% Protects map keys of every type and exact key equality (1 and 1.0 are different keys).
-module(maps_key_types).
-export([start/0]).

start() ->
    Keys = [1, 1.0, -0.0, 0.0, a, "a", <<"a">>, {a}, [a], #{k => v}, 1 bsl 80, <<1:3>>, []],
    M = maps:from_list([{K, N} || {N, K} <- lists:enumerate(Keys)]),
    {map_size(M), [maps:get(K, M) || K <- Keys], maps:keys(M), maps:is_key(2, M),
     maps:get(#{k => v}, M), maps:get(1 bsl 80, M)}.
