%% Concurrency stress: many senders to one receiver, link and monitor storms,
%% a million processes spawned and collected. Every function prints one line
%% of counts that does not depend on how the schedulers interleave, so the
%% same CHECK lines hold for erl and for beamr-jit with any +S or --seed, and
%% for any size: each prints {Name, ok}, or what it got and expected.
-module(stress).
-export([senders/2, links/1, monitors/2, chain/1, spawn_many/2, timers/1, info/2]).

%% Senders x PerSender messages to one receiver: every one arrives, and each
%% sender's arrive in the order sent.
senders(Senders, PerSender) ->
    Self = self(),
    Receiver = spawn(fun() -> receiver(Senders * PerSender, #{}, 0, true, Self) end),
    [spawn(fun() -> send(Receiver, S, 1, PerSender) end) || S <- lists:seq(1, Senders)],
    receive
        {total, Count, Sum, InOrder} -> check(senders, {Count, Sum, InOrder},
                  {Senders * PerSender, Senders * PerSender * (PerSender + 1) div 2, true})
    end.

send(_, _, I, N) when I > N -> ok;
send(To, S, I, N) -> To ! {msg, S, I}, send(To, S, I + 1, N).

receiver(0, Last, Sum, InOrder, Owner) ->
    Owner ! {total, lists:sum(maps:values(Last)), Sum, InOrder};
receiver(Left, Last, Sum, InOrder, Owner) ->
    receive
        {msg, S, I} ->
            Ok = InOrder andalso maps:get(S, Last, 0) =:= I - 1,
            receiver(Left - 1, Last#{S => I}, Sum + I, Ok, Owner)
    end.

%% N victims, each linked to two trapping linkers; N killers kill the victims
%% at once. Every linker gets both 'EXIT's with reason killed, and so does
%% the parent, linked to every victim, for each.
links(N) ->
    process_flag(trap_exit, true),
    Self = self(),
    Victims = list_to_tuple([spawn_link(fun() -> receive never -> ok end end)
                             || _ <- lists:seq(1, N)]),
    Linkers = [spawn(fun() -> linker(Self, element(I, Victims), element(I rem N + 1, Victims)) end)
               || I <- lists:seq(1, N)],
    [receive {linked, L} -> ok end || L <- Linkers],
    [spawn(fun() -> exit(V, kill) end) || V <- tuple_to_list(Victims)],
    Mine = [receive {'EXIT', V, R} -> R end || V <- tuple_to_list(Victims)],
    Theirs = [receive {exits, L, Rs} -> Rs end || L <- Linkers],
    process_flag(trap_exit, false),
    check(links, {count(Mine), count(lists:append(Theirs))}, {[{killed, N}], [{killed, 2 * N}]}).

linker(Owner, A, B) ->
    process_flag(trap_exit, true),
    link(A),
    link(B),
    Owner ! {linked, self()},
    Rs = [receive {'EXIT', V, R} -> R end || V <- [A, B]],
    Owner ! {exits, self(), Rs}.

%% W watchers each monitor all of T targets (one of them twice, and drop one
%% monitor again); the targets all exit at once. Every watcher sees one
%% 'DOWN' per live monitor, none for the dropped one, and noproc for a
%% monitor set up afterwards.
monitors(W, T) ->
    Self = self(),
    Targets = [spawn(fun() -> target(I) end) || I <- lists:seq(1, T)],
    Watchers = [spawn(fun() -> watcher(Self, Targets) end) || _ <- lists:seq(1, W)],
    [receive {monitoring, P} -> ok end || P <- Watchers],
    [P ! go || P <- Targets],
    Downs = [receive {downs, P, D} -> D end || P <- Watchers],
    Want = [[noproc, none, {bye, 1} | [{bye, I rem 3} || I <- lists:seq(1, T)]] || _ <- Watchers],
    check(monitors, count(lists:append(Downs)), count(lists:append(Want))).

target(I) ->
    receive go -> exit({bye, I rem 3}) end.

watcher(Owner, [First | _] = Targets) ->
    Refs = [monitor(process, P) || P <- Targets],
    Extra = monitor(process, First),
    Dropped = monitor(process, First),
    true = demonitor(Dropped),
    Owner ! {monitoring, self()},
    Reasons = [receive {'DOWN', R, process, _, Why} -> Why end || R <- [Extra | Refs]],
    Late = monitor(process, First),
    Noproc = receive {'DOWN', Late, process, _, Why} -> Why end,
    Stray = receive {'DOWN', _, _, _, _} = M -> M after 0 -> none end,
    Owner ! {downs, self(), [Noproc, Stray | Reasons]}.

%% A chain of N linked processes that do not trap exits; killing one end
%% takes every one down with killed, seen through monitors.
chain(N) ->
    Self = self(),
    Head = spawn(fun() -> link_chain(Self, N - 1) end),
    Pids = receive {chain, Ps} -> [Head | Ps] end,
    Refs = [monitor(process, P) || P <- Pids],
    exit(lists:last(Pids), kill),
    Reasons = [receive {'DOWN', R, process, _, Why} -> Why end || R <- Refs],
    check(chain, count(Reasons), [{killed, N}]).

link_chain(Owner, 0) ->
    Owner ! {chain, []},
    receive never -> ok end;
link_chain(Owner, N) ->
    Self = self(),
    Child = spawn_link(fun() -> link_chain(Self, N - 1) end),
    receive {chain, Ps} -> Owner ! {chain, [Child | Ps]} end,
    receive never -> ok end.

%% Total processes in batches of Batch, every one collected through its
%% 'DOWN' before the next batch starts; the process count returns to where it
%% began and resident memory grows by less than 256 MB after the first batch.
spawn_many(Total, Batch) ->
    Before = erlang:system_info(process_count),
    Rss0 = batch(0, Batch),
    {Count, Sum} = batches(Batch, Total, Batch, Batch, Batch * (Batch - 1) div 2),
    Rss1 = rss(),
    After = erlang:system_info(process_count),
    Bounded = Rss0 =:= unknown orelse Rss1 - Rss0 < 256 * 1024 * 1024,
    %% No process left behind: the count may only have gone down (a process
    %% of an earlier phase may still have been exiting at the start; erl
    %% shows that now and then).
    check(spawn_many, {Count, Sum, After =< Before, Bounded}, {Total, Total * (Total - 1) div 2, true, true}).

batches(Next, Total, _, Count, Sum) when Next >= Total -> {Count, Sum};
batches(Next, Total, Batch, Count, Sum) ->
    End = min(Next + Batch, Total),
    Refs = [element(2, spawn_monitor(fun() -> exit({done, I}) end)) || I <- lists:seq(Next, End - 1)],
    S = lists:sum([receive {'DOWN', R, process, _, {done, I}} -> I end || R <- Refs]),
    batches(End, Total, Batch, Count + length(Refs), Sum + S).

batch(First, Batch) ->
    Refs = [element(2, spawn_monitor(fun() -> exit({done, I}) end)) || I <- lists:seq(First, Batch - 1)],
    [receive {'DOWN', R, process, _, _} -> ok end || R <- Refs],
    rss().

rss() ->
    case file:read_file("/proc/self/status") of
        {ok, Bin} ->
            [Line] = [L || L <- binary:split(Bin, <<"\n">>, [global]),
                           binary:part(L, 0, min(6, byte_size(L))) =:= <<"VmRSS:">>],
            [_, Kb, <<"kB">>] = binary:split(Line, [<<" ">>, <<"\t">>], [global, trim_all]),
            binary_to_integer(Kb) * 1024;
        _ -> unknown
    end.

%% N rounds of a receive whose message comes before its 2 s timeout, then a
%% 20 ms sleep in the same slice: the sleep must not wait for the old timer.
timers(N) ->
    T0 = erlang:monotonic_time(millisecond),
    [timer_round() || _ <- lists:seq(1, N)],
    check(timers, erlang:monotonic_time(millisecond) - T0 < 1000 + 20 * N, true).

timer_round() ->
    Self = self(),
    P = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    P ! {ping, Self},
    pong = receive pong -> pong after 2000 -> timeout end,
    receive after 20 -> ok end.

%% N busy processes, each receiving a stream of messages and allocating, while
%% N others ask process_info about them: every answer has every item, and
%% message_queue_len never exceeds what was sent.
info(N, Rounds) ->
    Self = self(),
    Busy = [spawn(fun() -> busy(Self, []) end) || _ <- lists:seq(1, N)],
    Askers = [spawn(fun() -> ask(Self, Busy, Rounds, true) end) || _ <- lists:seq(1, N)],
    Feeders = [spawn(fun() -> [B ! {item, I} || I <- lists:seq(1, Rounds)] end) || B <- Busy],
    _ = Feeders,
    Ok = lists:all(fun(A) -> receive {asked, A, R} -> R end end, Askers),
    [B ! stop || B <- Busy],
    [receive {stopped, B} -> ok end || B <- Busy],
    check(info, Ok, true).

busy(Owner, Acc) ->
    receive
        {item, I} -> busy(Owner, [{I, lists:seq(1, I rem 20)} | lists:sublist(Acc, 50)]);
        stop -> Owner ! {stopped, self()}
    end.

ask(Owner, _, 0, Ok) -> Owner ! {asked, self(), Ok};
ask(Owner, Busy, K, Ok) ->
    Items = [message_queue_len, heap_size, total_heap_size, memory, stack_size, reductions,
             status, links, registered_name, trap_exit],
    Good = lists:all(fun(B) ->
                             case process_info(B, Items) of
                                 L when length(L) =:= length(Items) ->
                                     {message_queue_len, Q} = lists:keyfind(message_queue_len, 1, L),
                                     Q >= 0 andalso Q =< 100000;
                                 _ -> false
                             end
                     end, Busy),
    ask(Owner, Busy, K - 1, Ok andalso Good).

%% Reasons counted by value, in term order.
count(Rs) ->
    lists:sort(maps:to_list(lists:foldl(fun(R, M) -> maps:update_with(R, fun(C) -> C + 1 end, 1, M) end,
                                        #{}, Rs))).

check(Name, Want, Want) -> io:format("~w~n", [{Name, ok}]);
check(Name, Got, Want) -> io:format("~w~n", [{Name, Got, expected, Want}]).
