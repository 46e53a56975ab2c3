%% Protects chunked ETS traversal: select/3, select_reverse/3, match/3, match_object/3 and their /1 continuations.
-module(vb_ets_chunks).
-export([start/0]).
all(C, Acc) -> case ets:select(C) of '$end_of_table' -> lists:reverse(Acc); {M, C2} -> all(C2, [M | Acc]) end.
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    O = ets:new(o, [ordered_set]), S = ets:new(s, [set]), B = ets:new(b, [bag]),
    [ets:insert(T, [{K, K * K} || K <- lists:seq(1, 7)]) || T <- [O, S, B]],
    ets:insert(B, [{2, x}, {2, y}]),
    MS = [{{'$1', '$2'}, [{'>', '$1', 2}], ['$2']}],
    {M1, C1} = ets:select(O, MS, 2),
    R = [M1, all(C1, []), ets:select(O, MS, 10), element(1, ets:select(O, MS, 5)), ets:select(O, [{{'$1', '_'}, [{'>', '$1', 100}], ['$1']}], 5),
         element(1, ets:select_reverse(O, MS, 3)), element(1, ets:select_reverse(element(2, ets:select_reverse(O, MS, 3)))),
         ets:match(O, {'$1', 4}, 2), element(1, ets:match_object(O, {'_', 9}, 1)),
         element(1, ets:match(element(2, ets:match(O, {'$1', '_'}, 3)))), element(1, ets:match_object(element(2, ets:match_object(O, '_', 3)))),
         t(fun() -> ets:select(O, MS, 0) end), t(fun() -> ets:select(x) end), t(fun() -> ets:select(O, bad, 1) end),
         ets:select('$end_of_table'), ets:match('$end_of_table'), ets:match_object('$end_of_table'),
         length(element(1, ets:select(S, MS, 3))), lists:sort(lists:append(all(element(2, ets:select(S, MS, 1)), [element(1, ets:select(S, MS, 1))]))),
         length(element(1, ets:select(B, [{'_', [], ['$_']}], 3))), length(lists:append(all(element(2, ets:select(B, [{'_', [], ['$_']}], 2)), [[a, b]])))],
    {_, C9} = ets:select(O, MS, 2),
    ets:delete(O, 4),
    ets:insert(O, {3.5, x}),
    [R, element(1, ets:select(C9))].
