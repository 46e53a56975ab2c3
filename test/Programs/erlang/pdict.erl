%% Protects the process dictionary: put, get, erase, get_keys and their return values.
-module(pdict).
-export([start/0]).

start() ->
    undefined = put(a, 1),
    Old = put(a, 2),
    put({k, 1}, "tuple key"),
    put(<<"bin">>, [1, 2]),
    Keys = lists:sort(get_keys()),
    Twos = get_keys(2),
    Vals = lists:sort(get()),
    E1 = erase(a),
    E2 = erase(missing),
    After = get(a),
    [put(I, I * I) || I <- lists:seq(1, 100)],
    Sum = lists:sum([get(I) || I <- lists:seq(1, 100)]),
    All = erase(),
    {Old, Keys, Twos, Vals, E1, E2, After, Sum, length(All), get(), get(1)}.
