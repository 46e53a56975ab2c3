%% How tables store and hand out their objects: a key's object replaced
%% again and again by larger and smaller ones (refc binaries, bignums,
%% nested terms, update_counter rebuilding from the stored object), reads
%% after each; update_counter with more operations than fit on the stack;
%% ordered_set searches over small-integer keys up to the extremes of
%% the small range, then mixed with floats, bignums and atoms; and a fixed
%% set whose deleted keys come back.
-module(ets_stored_copies).
-export([start/0]).

start() ->
    [replacements(set), replacements(ordered_set),
     many_ops(set), many_ops(ordered_set),
     ordered_small_keys(), ordered_mixed_keys(), fixed_revival()].

replacements(Type) ->
    T = ets:new(t, [Type]),
    Big = binary:copy(<<"0123456789">>, 20),
    Objects = [{k, 1},
               {k, Big, [a, {b, Big}], 1 bsl 80},
               {k, 2},
               {k, lists:seq(1, 30), #{x => Big}},
               {k, <<"small">>},
               {k, 1 bsl 100, 3.5, {nested, {deep, [Big, Big]}}}],
    Reads = [begin ets:insert(T, O), ets:lookup(T, k) end || O <- Objects],
    %% A bignum result stores the object again, built from the stored one.
    ets:insert(T, {c, 1 bsl 62, Big, [x, y]}),
    C1 = ets:update_counter(T, c, {2, 1 bsl 62}),
    C2 = ets:update_counter(T, c, {2, -(1 bsl 63)}),
    C3 = ets:update_counter(T, c, {2, 1 bsl 70}),
    [{c, V, B, L}] = ets:lookup(T, c),
    {Type, Reads, [C1, C2, C3], V, B =:= Big, L,
     ets:info(T, size), lists:sort(ets:tab2list(T)) =:= lists:sort([{c, V, B, L} | ets:lookup(T, k)])}.

many_ops(Type) ->
    T = ets:new(t, [Type]),
    ets:insert(T, list_to_tuple([a | lists:seq(1, 12)])),
    Ops = [{I, I} || I <- lists:seq(2, 13)] ++ [{2, 100, 50, -1}, {3, 1}],
    R1 = ets:update_counter(T, a, Ops),
    R2 = ets:update_counter(T, a, []),
    R3 = ets:update_counter(T, a, [{2, 1 bsl 70} | Ops]),
    R4 = case catch ets:update_counter(T, a, [{2, 1} || _ <- lists:seq(1, 20)] ++ [bad]) of
             {'EXIT', {badarg, _}} -> badarg
         end,
    R5 = ets:update_counter(T, b, [{2, 1} || _ <- lists:seq(1, 12)], {b, 0}),
    {Type, R1, R2, R3, R4, R5, ets:lookup(T, a), ets:lookup(T, b)}.

ordered_small_keys() ->
    T = ets:new(t, [ordered_set]),
    Max = 1 bsl 59 - 1, Min = -(1 bsl 59),
    Keys = [Max, Min, 0, -1, 1, Max - 1, Min + 1] ++ lists:seq(-300, 300, 7),
    [ets:insert(T, {K, K}) || K <- lists:reverse(Keys)],
    Walk = walk(T, ets:first(T), []),
    Back = walk_back(T, ets:last(T), []),
    Probes = [Min - 1, Min, Min + 1, -2, 0, 2, 299, 300, 301, Max - 1, Max, Max + 1],
    Around = [{P, ets:next(T, P), ets:prev(T, P), ets:lookup(T, P)} || P <- Probes],
    %% Every other key goes, then the walk again.
    [ets:delete(T, K) || {K, N} <- lists:zip(Walk, lists:seq(1, length(Walk))), N rem 2 =:= 0],
    {Walk =:= lists:sort(Keys), Back =:= lists:reverse(Walk), Around,
     walk(T, ets:first(T), []), ets:info(T, size)}.

%% Floats, bignums and atoms among the integers: term order, and 1 and
%% 1.0 one key (the later insert's key is the one kept).
ordered_mixed_keys() ->
    T = ets:new(t, [ordered_set]),
    [ets:insert(T, {K, v}) || K <- lists:seq(1, 100)],
    ets:insert(T, {50.0, float}),
    ets:insert(T, {50.5, between}),
    ets:insert(T, {1 bsl 64, big}),
    ets:insert(T, {-(1 bsl 64), negbig}),
    ets:insert(T, {atom, a}),
    L1 = [ets:lookup(T, K) || K <- [50, 50.0, 50.5, 51, 1 bsl 64, atom, 1.0]],
    N1 = [ets:next(T, K) || K <- [49, 50, 50.5, 100, 1 bsl 64, -(1 bsl 64), 0]],
    [ets:delete(T, K) || K <- [50, 50.5, 1 bsl 64, -(1 bsl 64), atom]],
    %% Back to integers only.
    ets:insert(T, {50, int}),
    {L1, N1, ets:lookup(T, 50), ets:next(T, 49), ets:prev(T, 51),
     ets:first(T), ets:last(T), ets:info(T, size)}.

fixed_revival() ->
    T = ets:new(t, [set, public]),
    [ets:insert(T, {K, K}) || K <- lists:seq(1, 500)],
    ets:safe_fixtable(T, true),
    [ets:delete(T, K) || K <- lists:seq(1, 500, 3)],
    [ets:insert(T, {K, back, lists:seq(1, 5)}) || K <- lists:seq(1, 500, 6)],
    Fixed = {ets:info(T, size), ets:lookup(T, 1), ets:lookup(T, 4), ets:lookup(T, 7)},
    ets:safe_fixtable(T, false),
    [ets:insert(T, {K, again}) || K <- lists:seq(1, 500, 12)],
    {Fixed, ets:info(T, size), ets:lookup(T, 1), ets:lookup(T, 13),
     length(ets:tab2list(T)), lists:sum([K || {K, _} <- ets:tab2list(T)] ++
                                        [K || {K, _, _} <- ets:tab2list(T)])}.

walk(_, '$end_of_table', Acc) -> lists:reverse(Acc);
walk(T, K, Acc) -> walk(T, ets:next(T, K), [K | Acc]).

walk_back(_, '$end_of_table', Acc) -> Acc;
walk_back(T, K, Acc) -> walk_back(T, ets:prev(T, K), [K | Acc]).
