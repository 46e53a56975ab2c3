-module(ua_pdict).
-export([start/0]).
start() ->
    undefined = put(a, 1),
    1 = put(a, 2),
    put({tuple, key}, "value"),
    put(b, [1, 2]),
    Keys = lists:sort(get_keys()),
    K2 = get_keys(2),
    All = lists:sort([X || {K, _} = X <- get(), K =/= '$ancestors', K =/= '$initial_call']),
    Old = erase(a),
    Missing = get(a),
    Cnt = lists:foldl(fun(X, _) -> put(count, case get(count) of undefined -> X; C -> C + X end) end, 0, lists:seq(1, 10)),
    {Keys, K2, All, Old, Missing, Cnt, get(count), erase(nonexist), lists:sort(erase()), get()}.
