%% Protects first/next/last/prev: ordered_set walks in term order both ways (next/prev of an absent key give its neighbours), set tables visit every key once, and empty tables give '$end_of_table'.
-module(ets_iteration).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).
back(_, '$end_of_table', Acc) -> lists:reverse(Acc);
back(T, K, Acc) -> back(T, ets:prev(T, K), [K | Acc]).
start() ->
    O = ets:new(o, [ordered_set]),
    Keys = [3, 1.5, a, "s", {t}, <<"b">>, 10, -2, [x]],
    ets:insert(O, [{K} || K <- Keys]),
    R1 = [walk(O, ets:first(O), []), back(O, ets:last(O), []), ets:next(O, 2), ets:prev(O, 2), ets:next(O, zzz),
          ets:prev(O, -100), ets:next(O, <<"z">>), ets:next(O, 1.5), ets:prev(O, 1.5)],
    S = ets:new(s, [set]),
    ets:insert(S, [{K} || K <- lists:seq(1, 50)]),
    Visited = walk(S, ets:first(S), []),
    R2 = [lists:sort(Visited) =:= lists:seq(1, 50), length(Visited), ets:last(S) =/= '$end_of_table'],
    B = ets:new(bg, [bag]),
    ets:insert(B, [{k, 1}, {k, 2}, {j, 1}]),
    R3 = lists:sort(walk(B, ets:first(B), [])),
    E = ets:new(e, [ordered_set]), Es = ets:new(es, [set]),
    R4 = [ets:first(E), ets:last(E), ets:next(E, 1), ets:prev(E, 1), ets:first(Es), ets:last(Es),
          t(fun() -> ets:first(no_tab) end), t(fun() -> ets:next(no_tab, 1) end)],
    [R1, R2, R3, R4].
