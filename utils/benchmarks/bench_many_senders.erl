%% Benchmark: 16 processes each sending 200000 messages to one receiver,
%% measuring many-to-one sends: a mailbox that several senders fill at once
%% (with more than one scheduler they contend for it) and a receiver that
%% drains it with a plain receive. The receiver counts the messages and sums
%% their payloads; the senders do not wait for each other or for replies.
-module(bench_many_senders).
-export([run/0]).

-define(SENDERS, 16).
-define(PER_SENDER, 200000).

run() ->
    Self = self(),
    Receiver = spawn(fun() -> receiver(?SENDERS * ?PER_SENDER, 0, 0, Self) end),
    [spawn(fun() -> send(Receiver, S, ?PER_SENDER) end) || S <- lists:seq(1, ?SENDERS)],
    receive {total, Count, Sum} -> {Count, Sum} end.

send(_, _, 0) -> ok;
send(To, S, N) -> To ! {msg, S, N}, send(To, S, N - 1).

receiver(0, Count, Sum, Owner) -> Owner ! {total, Count, Sum};
receiver(Left, Count, Sum, Owner) ->
    receive
        {msg, S, N} -> receiver(Left - 1, Count + 1, Sum + S * N, Owner)
    end.
