%% ets:slot/2 on hash tables (slot by slot, as erl lays them out) and on
%% ordered_set (the I-th object), with the end of the table and badarg.
-module(ets_slot).
-export([start/0]).

slots(T, I, Acc) ->
    case ets:slot(T, I) of
        '$end_of_table' -> {I, lists:reverse(Acc)};
        L -> slots(T, I + 1, [L | Acc])
    end.

start() ->
    S = ets:new(s, [set]), [ets:insert(S, {K}) || K <- lists:seq(1, 700)],
    {NS, SlotsS} = slots(S, 0, []),
    B = ets:new(b, [bag]), ets:insert(B, [{1, a}, {1, b}]), ets:insert(B, {1, c}),
    [ets:insert(B, {K, K}) || K <- lists:seq(2, 40)],
    {NB, SlotsB} = slots(B, 0, []),
    O = ets:new(o, [ordered_set]), [ets:insert(O, {K}) || K <- [c, a, b]],
    Bad = fun(F) -> try F() catch error:badarg -> badarg end end,
    [NS, [X || X <- SlotsS, X =/= []], NB, [X || X <- SlotsB, X =/= []], slots(O, 0, []),
     Bad(fun() -> ets:slot(O, 4) end), Bad(fun() -> ets:slot(S, NS + 1) end),
     Bad(fun() -> ets:slot(S, -1) end), Bad(fun() -> ets:slot(S, x) end),
     Bad(fun() -> ets:slot(nosuch, 0) end), ets:lookup(B, 1)].
