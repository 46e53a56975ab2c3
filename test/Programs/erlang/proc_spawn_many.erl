%% Protects spawning and reaping many processes: 2000 children each answering once, all of them gone afterwards, and spawn_monitor DOWN messages for every one.
-module(proc_spawn_many).
-export([start/0]).
start() ->
    S = self(),
    N = 2000,
    Before = length(processes()),
    Ms = [spawn_monitor(fun() -> S ! {sq, I, I * I} end) || I <- lists:seq(1, N)],
    Sum = lists:sum([receive {sq, I, V} -> V end || I <- lists:seq(1, N)]),
    Downs = lists:usort([receive {'DOWN', R, process, P, W} -> W end || {P, R} <- Ms]),
    timer:sleep(20),
    After = length(processes()) - Before,
    Alive = length([P || {P, _} <- Ms, is_process_alive(P)]),
    [Sum, Downs, After, Alive].
