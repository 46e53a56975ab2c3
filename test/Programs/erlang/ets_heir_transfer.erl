%% Protects ETS ownership transfer: give_away sends 'ETS-TRANSFER' and changes the owner, its badarg cases (not owner, to oneself, to a dead process), heir set at creation and with setopts, and an owner's death passing the table to a live heir.
-module(ets_heir_transfer).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    S = self(),
    Receiver = spawn(fun() ->
                             receive {'ETS-TRANSFER', T, From, Data} ->
                                     S ! {got, From =:= S, Data, ets:info(T, owner) =:= self(), ets:lookup(T, a)},
                                     receive {give_back, To} -> ets:give_away(T, To, returned), receive stop -> ok end end
                             end
                     end),
    T = ets:new(gift, [set, protected]),
    ets:insert(T, {a, 1}),
    R1 = ets:give_away(T, Receiver, hello),
    R2 = receive {got, FromMe, D, Owns, L} -> {FromMe, D, Owns, L} after 1000 -> late end,
    R3 = [ets:info(T, owner) =:= Receiver, t(fun() -> ets:insert(T, {b, 2}) end), t(fun() -> ets:give_away(T, self(), x) end)],
    Receiver ! {give_back, S},
    R4 = receive {'ETS-TRANSFER', T, Receiver, returned} -> back after 1000 -> late end,
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    R5 = [t(fun() -> ets:give_away(T, self(), x) end), t(fun() -> ets:give_away(T, Dead, x) end),
          t(fun() -> ets:give_away(T, not_pid, x) end), t(fun() -> ets:give_away(no_table, Receiver, x) end)],
    H = ets:new(heir_tab, [{heir, Receiver, heir_data}]),
    R6 = [ets:info(H, heir) =:= Receiver, ets:setopts(H, {heir, none}), ets:info(H, heir),
          ets:setopts(H, [{heir, S, d2}]), ets:info(H, heir) =:= S,
          t(fun() -> ets:setopts(H, {heir, not_pid, x}) end), t(fun() -> ets:setopts(H, {bogus, 1}) end),
          t(fun() -> ets:new(x, [{heir, not_pid, x}]) end), ets:info(ets:new(x, [{heir, none}]), heir)],
    Owner = spawn(fun() ->
                          T2 = ets:new(dies, [named_table, {heir, S, inherited}]),
                          ets:insert(T2, {x, 1}),
                          S ! made, receive stop -> ok end
                  end),
    receive made -> ok end,
    Owner ! stop,
    R7 = receive {'ETS-TRANSFER', Tab, Owner, Data} -> {Tab, Data, ets:info(dies, owner) =:= S, ets:lookup(dies, x)} after 1000 -> late end,
    Receiver ! stop,
    [R1, R2, R3, R4, R5, R6, R7].
