%% A table's new owner or fixer that never created a table of its own:
%% its exit still deletes what it owns and ends its fixations. Covers the
%% three ways a process comes to own or fix a table besides ets:new/2:
%% give_away to it, inheriting as heir, and safe_fixtable.
-module(ets_owner_exit_paths).
-export([start/0]).

start() ->
    [given_away(), inherited(), fixed()].

%% give_away to a fresh process, which then exits: the table goes.
given_away() ->
    T = ets:new(given, [public]),
    ets:insert(T, {k, 1}),
    {P, Ref} = spawn_monitor(fun() ->
                                 receive {'ETS-TRANSFER', _, _, hi} -> ok end,
                                 receive stop -> ok end
                             end),
    ets:give_away(T, P, hi),
    Owner = ets:info(T, owner) =:= P,
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    {Owner, ets:info(T)}.

%% A fresh heir inherits when the owner dies, then exits itself.
inherited() ->
    Self = self(),
    {Heir, HRef} = spawn_monitor(fun() ->
                                     receive {'ETS-TRANSFER', T, _, data} -> Self ! {got, T} end,
                                     receive stop -> ok end
                                 end),
    {Owner, ORef} = spawn_monitor(fun() ->
                                      T = ets:new(inherited, [public, {heir, Heir, data}]),
                                      Self ! {table, T},
                                      receive stop -> ok end
                                  end),
    T = receive {table, Tab} -> Tab end,
    Owner ! stop,
    receive {'DOWN', ORef, process, Owner, normal} -> ok end,
    T = receive {got, Got} -> Got end,
    HeirOwns = ets:info(T, owner) =:= Heir,
    Heir ! stop,
    receive {'DOWN', HRef, process, Heir, normal} -> ok end,
    {HeirOwns, ets:info(T)}.

%% A fresh process fixes our table and exits: the table is no longer fixed.
fixed() ->
    T = ets:new(fixed, [public]),
    Self = self(),
    {P, Ref} = spawn_monitor(fun() ->
                                 true = ets:safe_fixtable(T, true),
                                 Self ! fixed,
                                 receive stop -> ok end
                             end),
    receive fixed -> ok end,
    Fixed = ets:info(T, safe_fixed) =/= false,
    P ! stop,
    receive {'DOWN', Ref, process, P, normal} -> ok end,
    {Fixed, ets:info(T, safe_fixed)}.
