%% Protects orddict and ordsets: sorted-list dictionaries and sets.
-module(orddict_ordsets).
-export([start/0]).

start() ->
    D = orddict:from_list([{b, 2}, {a, 1}, {c, 3}, {a, 10}]),
    D2 = orddict:update_counter(b, 5, orddict:store(d, 4, D)),
    S = ordsets:from_list([c, a, b, a]),
    {D, D2, orddict:find(a, D), orddict:fetch(c, D), orddict:erase(a, D2),
     orddict:append(e, x, D), orddict:merge(fun(_, X, Y) -> X + Y end, D, [{a, 5}, {z, 26}]),
     orddict:fold(fun(K, V, A) -> [{V, K} | A] end, [], D), orddict:take(b, D),
     S, ordsets:add_element(d, S), ordsets:del_element(a, S), ordsets:union(S, [z, a]),
     ordsets:intersection([S, [b, c, d], [c, b]]), ordsets:subtract(S, [b]),
     ordsets:is_subset([a], S), ordsets:is_element(q, S)}.
