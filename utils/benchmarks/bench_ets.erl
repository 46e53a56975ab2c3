%% Benchmark: ETS from a few processes at once, measuring insert, lookup,
%% update_counter and delete on set and ordered_set tables. Four workers
%% each own a private set and a private ordered_set and run 24 rounds over
%% 20000 keys of: insert, lookup, update_counter on both tables, an ordered
%% walk of the ordered_set with ets:next/2, and delete of every other key.
%% All workers also bump shared counters in one public set table, so they
%% write the same table concurrently. The checksum is the sums the workers
%% return plus the final shared counters.
-module(bench_ets).
-export([run/0]).

-define(WORKERS, 4).
-define(ROUNDS, 24).
-define(KEYS, 20000).
-define(SHARED_KEYS, 64).

run() ->
    Shared = ets:new(bench_ets_shared, [set, public, {write_concurrency, true}]),
    ets:insert(Shared, [{K, 0} || K <- lists:seq(0, ?SHARED_KEYS - 1)]),
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), worker(W, Shared)} end)
            || W <- lists:seq(1, ?WORKERS)],
    Sums = [receive {P, R} -> R end || P <- Pids],
    Counters = lists:sort(ets:tab2list(Shared)),
    ets:delete(Shared),
    {Sums, lists:sum([V || {_, V} <- Counters]), erlang:phash2(Counters)}.

worker(W, Shared) ->
    Set = ets:new(set, [set]),
    Ord = ets:new(ord, [ordered_set]),
    Sum = rounds(?ROUNDS, W, Set, Ord, Shared, 0),
    {ets:info(Set, size), ets:info(Ord, size), Sum}.

rounds(0, _, _, _, _, Acc) -> Acc;
rounds(R, W, Set, Ord, Shared, Acc) ->
    insert(?KEYS, R, Set, Ord),
    L = lookup(?KEYS, Set, Ord, 0),
    U = update(?KEYS, W, Set, Ord, Shared, 0),
    O = walk(Ord, ets:first(Ord), 0),
    delete(?KEYS, Set, Ord),
    rounds(R - 1, W, Set, Ord, Shared, Acc + L + U + O).

insert(0, _, _, _) -> ok;
insert(K, R, Set, Ord) ->
    ets:insert(Set, {K, K * R, R}),
    ets:insert(Ord, {K, K + R}),
    insert(K - 1, R, Set, Ord).

lookup(0, _, _, Acc) -> Acc;
lookup(K, Set, Ord, Acc) ->
    [{_, A, _}] = ets:lookup(Set, K),
    B = ets:lookup_element(Ord, K, 2),
    lookup(K - 1, Set, Ord, Acc + A + B).

update(0, _, _, _, _, Acc) -> Acc;
update(K, W, Set, Ord, Shared, Acc) ->
    A = ets:update_counter(Set, K, {3, W}),
    B = ets:update_counter(Ord, K, {2, 1}),
    C = case K rem 16 of
            0 -> ets:update_counter(Shared, K rem ?SHARED_KEYS, W), 1;
            _ -> 0
        end,
    update(K - 1, W, Set, Ord, Shared, Acc + A + B + C).

walk(_, '$end_of_table', Acc) -> Acc;
walk(Ord, K, Acc) -> walk(Ord, ets:next(Ord, K), Acc + K).

%% Deletes the odd keys with delete/2 and the even ones with delete_object/2,
%% so both tables are empty again for the next round.
delete(0, _, _) -> ok;
delete(K, Set, Ord) when K rem 2 =:= 1 ->
    ets:delete(Set, K),
    ets:delete(Ord, K),
    delete(K - 1, Set, Ord);
delete(K, Set, Ord) ->
    [Obj] = ets:lookup(Set, K),
    ets:delete_object(Set, Obj),
    ets:delete(Ord, K),
    delete(K - 1, Set, Ord).
