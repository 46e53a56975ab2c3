%% Protects receive ... after: after 0 with and without a match present, a computed timeout, infinity, a timeout that restarts for each non-matching message received, and badarg-free guards.
-module(msg_receive_after).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
wait(T) -> receive {msg, X} -> {got, X} after T -> timeout end.
start() ->
    R1 = wait(0),
    self() ! {msg, 1},
    R2 = wait(0),
    self() ! other,
    R3 = wait(0),
    R4 = receive other -> other after 0 -> none end,
    T = list_to_integer("15"),
    R5 = wait(T),
    S = self(),
    spawn(fun() -> timer:sleep(20), S ! {msg, late} end),
    R6 = wait(infinity),
    spawn(fun() -> [begin timer:sleep(10), S ! noise end || _ <- lists:seq(1, 5)], S ! {msg, after_noise} end),
    R7 = wait(1000),
    Noise = length([x || noise <- element(2, process_info(self(), messages))]),
    R8 = [receive noise -> n after 0 -> none end || _ <- lists:seq(1, 6)],
    R9 = t(fun() -> receive x -> x after -1 -> neg end end),
    R10 = t(fun() -> receive x -> x after foo -> foo end end),
    R11 = receive after 10 -> plain_after end,
    self() ! {msg, 7},
    R12 = receive {msg, N} when N > 10 -> big; {msg, N} when N > 5 -> {mid, N} after 0 -> none end,
    [R1, R2, R3, R4, R5, R6, R7, Noise, R8, R9, R10, R11, R12].
