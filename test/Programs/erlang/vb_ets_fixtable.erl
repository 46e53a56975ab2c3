%% Protects ets:safe_fixtable/2: fixed/unfixed info, counts per process, release on exit, and next/2 going on from a key deleted while the table is fixed.
-module(vb_ets_fixtable).
-export([start/0]).

walk(_T, '$end_of_table', Acc) -> lists:sort(Acc);
walk(T, K, Acc) ->
    ets:delete(T, K), % Deleting the current key is safe while fixed.
    walk(T, ets:next(T, K), [K | Acc]).

start() ->
    T = ets:new(t, [set, public]),
    ets:insert(T, [{K, K * K} || K <- lists:seq(1, 50)]),
    F0 = ets:info(T, fixed),
    true = ets:safe_fixtable(T, true),
    true = ets:safe_fixtable(T, true),
    F1 = ets:info(T, fixed),
    {_Stamp, [{Self, Count}]} = ets:info(T, safe_fixed),
    Visited = walk(T, ets:first(T), []),
    true = ets:safe_fixtable(T, false),
    F2 = ets:info(T, fixed),
    true = ets:safe_fixtable(T, false),
    F3 = {ets:info(T, fixed), ets:info(T, safe_fixed)},
    ets:insert(T, {a, 1}),
    ets:delete(T, a),
    Unfixed = try ets:next(T, a) catch error:badarg -> badarg end,
    % A process that dies with the table fixed releases its fixation.
    Parent = self(),
    {Pid, Ref} = spawn_monitor(fun() -> ets:safe_fixtable(T, true), Parent ! fixed end),
    receive fixed -> ok end,
    receive {'DOWN', Ref, process, Pid, _} -> ok end,
    F4 = ets:info(T, fixed),
    BadArg = try ets:safe_fixtable(T, maybe) catch error:badarg -> badarg end,
    {F0, F1, Self =:= self(), Count, Visited =:= lists:seq(1, 50), ets:info(T, size), F2, F3,
     Unfixed, F4, BadArg}.
