%% Protects ordering of tuples (size first), lists (lexicographic) and maps (size, keys, values).
-module(compare_compound).
-export([start/0]).

start() ->
    Tuples = [{3}, {1, 2}, {1, 1, 1}, {0, 9}, {a}, {1.0, 2}],
    Lists = [[1, 2, 3], [1, 2], [2], [1, 2 | 3], [], [1, a], [1, 2.0]],
    Maps = [#{b => 1}, #{a => 2}, #{a => 1, b => 1}, #{}, #{1 => x}, #{a => 1},
            #{1.0 => x}, #{a => 1, b => 0}],
    Bins = [<<2>>, <<1, 2>>, <<1>>, <<>>, <<1:1>>, <<1, 2:4>>, <<0:1>>],
    {lists:sort(Tuples), lists:sort(Lists), lists:sort(Maps), lists:sort(Bins),
     {1, 2} < {1, 2, 0}, [1] < [1, 0], #{a => 1} < #{a => 2}, #{b => 1} > #{a => 2},
     #{1 => a} < #{1.0 => a}, #{1 => a} == #{1.0 => a}}.
