%% Benchmark: timers, measuring the timer wheel rather than the clock. Four
%% workers each run 150 rounds of:
%%   - 1500 erlang:start_timer/3 and 1500 erlang:send_after/3 with long timeouts,
%%     all cancelled again with erlang:cancel_timer/1 (insert and delete);
%%   - 20 timers of 0-1 ms that do fire, received in any order (expiry);
%%   - receive ... after 0 on an empty mailbox, and one receive ... after 1
%%     that times out (a process waiting with a timeout).
%% The checksum counts what was cancelled and sums what fired, so it does not
%% depend on the order in which equal timeouts expire.
-module(bench_timers).
-export([run/0]).

-define(WORKERS, 4).
-define(ROUNDS, 150).
-define(CANCELLED, 1500).
-define(FIRED, 20).

run() ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), worker(W, ?ROUNDS, {0, 0, 0})} end)
            || W <- lists:seq(1, ?WORKERS)],
    [receive {P, R} -> R end || P <- Pids].

worker(_, 0, Acc) -> Acc;
worker(W, Round, {Cancelled, Fired, Timeouts}) ->
    C = cancel_many(?CANCELLED, 0),
    F = fire_some(W * Round),
    T = wait_with_timeouts(),
    worker(W, Round - 1, {Cancelled + C, Fired + F, Timeouts + T}).

%% Sets N start_timer and N send_after timers that would fire in 1-2 hours,
%% then cancels them all; counts the cancels that found a running timer.
cancel_many(N, Acc) when N =< 0 -> Acc;
cancel_many(N, Acc) ->
    Self = self(),
    Refs = set_long(N, Self, []),
    cancel_long(Refs, Acc).

set_long(0, _, Refs) -> Refs;
set_long(N, Self, Refs) ->
    R1 = erlang:start_timer(3600000 + N, Self, {long, N}),
    R2 = erlang:send_after(7200000 - N, Self, {long, N}),
    set_long(N - 1, Self, [R1, R2 | Refs]).

cancel_long([], Acc) -> Acc;
cancel_long([Ref | Refs], Acc) ->
    case erlang:cancel_timer(Ref) of
        Left when is_integer(Left), Left > 0 -> cancel_long(Refs, Acc + 1);
        false -> cancel_long(Refs, Acc)
    end.

%% Sets ?FIRED short timers, half start_timer and half send_after, and
%% waits for all of them; returns the sum of their payloads.
fire_some(Seed) ->
    Self = self(),
    Refs = [erlang:start_timer(I rem 2, Self, Seed + I) || I <- lists:seq(1, ?FIRED div 2)],
    [erlang:send_after(I rem 2, Self, {short, Seed + I}) || I <- lists:seq(1, ?FIRED div 2)],
    Started = lists:sum([receive {timeout, R, V} -> V end || R <- Refs]),
    Sent = lists:sum([receive {short, V} -> V end || _ <- lists:seq(1, ?FIRED div 2)]),
    Started + Sent.

%% Nothing is ever sent that matches, so each receive ends by its timeout.
wait_with_timeouts() ->
    A = receive never -> 0 after 0 -> 1 end,
    B = receive never -> 0 after 1 -> 1 end,
    A + B.
