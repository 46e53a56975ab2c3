%% Protects ets:match/2 and match_object/2 patterns: '$N' binding order in results, '_' wildcards, repeated variables, nested tuples and lists, constant keys (a direct lookup) and a bound key on bags.
-module(ets_match_patterns).
-export([start/0]).
s(L) -> lists:sort(L).
start() ->
    T = ets:new(m, [bag]),
    ets:insert(T, [{p, 1, {a, 1}}, {p, 2, {b, 2}}, {q, 1, [1, 2]}, {q, 3, [3]}, {r, r, r}]),
    [s(ets:match(T, {'$1', '$2', '_'})), s(ets:match(T, {'$2', '$1', '_'})), s(ets:match(T, {p, '_', {'$1', '_'}})),
     s(ets:match(T, {'_', '$1', {'_', '$1'}})), s(ets:match(T, {'$1', '$1', '$1'})), s(ets:match(T, {q, '_', ['$1' | '_']})),
     s(ets:match(T, {p, '$1', '_'})), s(ets:match(T, {'_', '_', '_'})), ets:match(T, {nope, '$1', '_'}),
     s(ets:match_object(T, {p, '_', '_'})), s(ets:match_object(T, {'_', 1, '_'})), s(ets:match_object(T, '_')),
     s(ets:match_object(T, {'$1', '$1', '_'})), ets:match_object(T, {q, 3, [3]}), ets:match(T, {q, 3, [3]}),
     s(ets:match(T, '$1')), ets:match(T, {'_', '_'})].
