%% Protects message ordering: messages from one sender arrive in send order, interleaved senders keep their own order, and a process can take 20000 messages out of its queue in order.
-module(msg_pair_ordering).
-export([start/0]).
sender(Parent, Tag, N) -> [Parent ! {Tag, I} || I <- lists:seq(1, N)], Parent ! {done, Tag}.
collect(Tags, Acc) when Tags =:= [] -> Acc;
collect(Tags, Acc) ->
    receive
        {done, T} -> collect(lists:delete(T, Tags), Acc);
        {T, I} -> collect(Tags, maps:update_with(T, fun(L) -> [I | L] end, [I], Acc))
    end.
start() ->
    S = self(),
    Tags = [a, b, c, d, e],
    [spawn(fun() -> sender(S, T, 2000) end) || T <- Tags],
    Got = collect(Tags, #{}),
    Ordered = [{T, lists:reverse(maps:get(T, Got)) =:= lists:seq(1, 2000)} || T <- Tags],
    [self() ! N || N <- lists:seq(1, 20000)],
    Self = [receive X -> X end || _ <- lists:seq(1, 20000)] =:= lists:seq(1, 20000),
    [self() ! {odd_even, N} || N <- lists:seq(1, 10)],
    Evens = [receive {odd_even, N} when N rem 2 =:= 0 -> N end || _ <- lists:seq(1, 5)],
    Odds = [receive {odd_even, N} -> N end || _ <- lists:seq(1, 5)],
    Relay = spawn(fun() -> R = fun Loop() -> receive {fwd, M} -> S ! M, Loop(); stop -> ok end end, R() end),
    [Relay ! {fwd, {relayed, N}} || N <- lists:seq(1, 100)],
    Relay ! stop,
    Relayed = [receive {relayed, N} -> N end || _ <- lists:seq(1, 100)] =:= lists:seq(1, 100),
    [Ordered, Self, Evens, Odds, Relayed].
