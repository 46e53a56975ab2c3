%% Many tables used in turn, by reference and by name, from several
%% processes: each table answers for its own objects; a deleted table's
%% reference and name raise badarg; a name freed by delete or rename names
%% the next table given it; lookup_element on every kind, with boxed and
%% immediate elements, a position past the object's end and a missing key.
-module(ets_many_tables).
-export([start/0]).

start() ->
    Refs = [ets:new(t, [set, public]) || _ <- lists:seq(1, 24)],
    Names = [ets:new(list_to_atom("named_" ++ integer_to_list(I)), [ordered_set, named_table, public])
             || I <- lists:seq(1, 24)],
    All = lists:zip(lists:seq(1, 48), Refs ++ Names),
    [ets:insert(T, {K, I, {boxed, I, [K]}}) || {I, T} <- All, K <- lists:seq(1, 5)],
    Sums = [lists:sum([ets:lookup_element(T, K, 2) || K <- lists:seq(1, 5)]) || {_, T} <- All],
    Self = self(),
    Workers = [spawn(fun() -> Self ! {self(), worker(W, All)} end) || W <- lists:seq(1, 4)],
    Results = [receive {P, R} -> R end || P <- Workers],
    %% Delete every third table, rename every fifth named one.
    Deleted = [T || {I, T} <- All, I rem 3 =:= 0],
    [ets:delete(T) || T <- Deleted],
    Renamed = [{T, ets:rename(T, list_to_atom(atom_to_list(T) ++ "_moved"))}
               || {I, T} <- All, I > 24, I rem 3 =/= 0, I rem 5 =:= 0],
    Gone = [err(fun() -> ets:lookup(T, 1) end) || T <- Deleted ++ [Old || {Old, _} <- Renamed]],
    Moved = [ets:lookup(New, 2) || {_, New} <- Renamed],
    %% The freed names go to new tables, which start empty.
    Again = [ets:new(T, [set, named_table]) || T <- Deleted, is_atom(T)],
    Fresh = [{ets:info(T, size), ets:lookup(T, 1)} || T <- Again],
    Alive = [{I, ets:info(T, size)} || {I, T} <- All, I rem 3 =/= 0, not lists:keymember(T, 1, Renamed)],
    {Sums, Results, length(Gone), lists:usort(Gone),
     Moved, Fresh, Alive, elements()}.

worker(W, All) ->
    lists:foldl(fun(_Round, Acc) ->
                        lists:foldl(fun({I, T}, A) ->
                                            K = W, % Its own key: no race with the others.
                                            ets:update_element(T, K, {2, I + W}),
                                            [{_, V, _}] = ets:lookup(T, K),
                                            ets:insert(T, {K, I, {boxed, I, [K]}}),
                                            A + V
                                    end, Acc, All)
                end, 0, lists:seq(1, 50)).

elements() ->
    [begin
         T = ets:new(e, [Type]),
         ets:insert(T, [{a, 1, {x, <<"bin">>}, [1.5]}, {b, 2, 2.5, "str"}, {a, 9, z, []}]),
         R = {ets:lookup_element(T, a, 3), ets:lookup_element(T, b, 4),
              ets:lookup_element(T, b, 3), ets:lookup_element(T, a, 1),
              err(fun() -> ets:lookup_element(T, a, 5) end),
              err(fun() -> ets:lookup_element(T, c, 2) end),
              err(fun() -> ets:lookup_element(T, a, 0) end)},
         ets:delete(T),
         R
     end || Type <- [set, ordered_set, bag, duplicate_bag]].

err(F) ->
    try F() catch error:R -> {error, R} end.
