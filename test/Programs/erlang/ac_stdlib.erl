%% Typical user code: ac_stdlib (a differential program in the style of others' programs).
-module(ac_stdlib).
-export([start/0]).
start() ->
    S = sets:from_list([3, 1, 2, 3]),
    G = gb_trees:from_orddict([{1, a}, {2, b}]),
    D = dict:from_list([{k, 1}]),
    Q = queue:from_list([1, 2, 3]),
    A = array:from_list([a, b, c]),
    GS = gb_sets:from_list([5, 1, 3]),
    O = orddict:from_list([{b, 2}, {a, 1}]),
    [lists:sort(sets:to_list(S)), sets:is_element(2, S), sets:size(S), gb_trees:lookup(2, G), gb_trees:to_list(gb_trees:insert(3, c, G)),
     dict:fetch(k, D), dict:to_list(dict:store(j, 2, D)) -- [{j, 2}, {k, 1}], queue:to_list(queue:in(4, Q)), queue:out(Q),
     queue:len(Q), array:get(1, A), array:to_list(array:set(0, z, A)), array:size(A), gb_sets:to_list(GS), gb_sets:smallest(GS),
     orddict:to_list(O), orddict:fetch(a, O), proplists:get_value(b, [{a, 1}, {b, 2}]), proplists:get_bool(x, [x]),
     proplists:lookup(a, [{a, 1}]), calendar:date_to_gregorian_days(2024, 1, 1), calendar:day_of_the_week(2024, 5, 20),
     calendar:gregorian_seconds_to_datetime(63850000000), calendar:is_leap_year(2024), calendar:last_day_of_the_month(2023, 2),
     calendar:valid_date({2023, 2, 29}), lists:sublist(base64:encode_to_string("abcdef"), 4),
     begin rand:seed(exsss, {1, 2, 3}), [rand:uniform(100) || _ <- lists:seq(1, 5)] end,
     begin rand:seed(exsplus, {4, 5, 6}), rand:uniform() end, string:to_lower("ABC"), erlang:list_to_tuple([1, 2]),
     sets:to_list(sets:new()), ordsets:union([1, 3], [2]), ordsets:intersection([1, 2], [2, 3]),
     digraph:vertices(digraph:new()) == [], io_lib:format("~8.2.0f", [3.14159]), io_lib:write_atom('hello world')].
