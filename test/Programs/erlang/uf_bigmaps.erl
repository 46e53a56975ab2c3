%% Hash maps (over 32 keys) with integer and string keys print and iterate in erl's order. Atom keys are
%% left out: erl orders them by its own atom-table indices (see lib/Term/Hash.cpp).
-module(uf_bigmaps).
-export([start/0]).
start() ->
    M = maps:from_list([{K, K * 2} || K <- lists:seq(1, 40)]),
    A = maps:from_list([{list_to_atom("k" ++ integer_to_list(K)), K} || K <- lists:seq(1, 35)]),
    S = maps:from_list([{integer_to_list(K), K} || K <- lists:seq(1, 50)]),
    io:format("~p~n", [M]),
    io:format("~w~n", [S]),
    [maps:keys(M), lists:sort(maps:to_list(A)), maps:values(S), maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], S),
     [K || K <- maps:keys(S)], maps:iterator(M) =/= x, element(1, maps:next(maps:iterator(S))), lists:sum(maps:values(M)),
     term_to_binary(A) =:= term_to_binary(maps:from_list(lists:reverse(maps:to_list(A)))), erlang:phash2(S)].
