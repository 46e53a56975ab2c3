%% maps:remove/2 and maps:take/2 on hash maps: the trie erl leaves behind
%% (leaves moving up as nodes empty, a flat map again at 32 keys) shows in
%% maps:to_list, ~w, maps:next and term_to_binary; removing keys one by one
%% from 2000 down must give erl's order at every size.
-module(map_remove_shapes).
-export([start/0]).

start() ->
    Keys = [I * 7919 rem 2003 || I <- lists:seq(1, 2000)],
    Big = maps:from_list([{K, K} || K <- Keys]),
    Check = fun(M) -> erlang:phash2({maps:to_list(M), term_to_binary(M), iter(maps:iterator(M))}) end,
    {_, Sums} = lists:foldl(
        fun(K, {M, Acc}) ->
            M2 = maps:remove(K, M),
            {M2, [Check(M2) | Acc]}
        end, {Big, []}, Keys),
    io:format("~w~n", [erlang:phash2(Sums)]),
    %% Size by size near the flat limit, printed in full.
    Small = maps:from_list([{K, [K]} || K <- lists:seq(1, 40)]),
    lists:foldl(fun(K, M) ->
                        {V, M2} = maps:take(K, M),
                        io:format("~w ~w ~w~n", [V, maps:size(M2), maps:keys(M2)]),
                        M2
                end, Small, [40, 3, 17, 22, 1, 39, 38, 5, 6, 7]),
    %% Keys of mixed types (not atoms: erl hashes those by its atom-table
    %% index), removals that miss, and removal of everything.
    Mixed = maps:from_list([{{I, [I]}, I} || I <- lists:seq(1, 60)] ++
                           [{integer_to_list(I), I} || I <- lists:seq(1, 60)] ++
                           [{<<I:16>>, I} || I <- lists:seq(1, 60)] ++
                           [{I * (1 bsl 70), I} || I <- lists:seq(1, 60)]),
    Same = maps:remove(missing, Mixed),
    io:format("~w~n", [Same =:= Mixed]),
    Half = lists:foldl(fun maps:remove/2, Mixed, [{I, [I]} || I <- lists:seq(1, 60, 2)]),
    io:format("~w~n~w~n", [maps:to_list(Half), maps:take(nope, Half)]),
    Empty = lists:foldl(fun maps:remove/2, Mixed, maps:keys(Mixed)),
    io:format("~w ~w~n", [Empty, Empty =:= #{}]),
    %% Float and integer keys are different keys.
    F = maps:from_list([{I, int} || I <- lists:seq(1, 40)] ++ [{float(I), float} || I <- lists:seq(1, 40)]),
    io:format("~w~n", [maps:to_list(maps:remove(2.0, maps:remove(3, F)))]),
    io:format("~p~n", [catch maps:remove(a, not_a_map)]).

iter(I) ->
    case maps:next(I) of
        none -> [];
        {K, V, Next} -> [{K, V} | iter(Next)]
    end.
