-module(priority).
-export([start/0]).
%% Three busy processes of priorities low, normal and high start at once;
%% on one scheduler the high one finishes first and the low one last.
start() ->
    Self = self(),
    Spawn = fun(Prio) ->
                    spawn(fun() -> process_flag(priority, Prio),
                                   receive go -> ok end,
                                   loop(3000000), Self ! {done, Prio} end)
            end,
    Ps = [Spawn(P) || P <- [low, normal, high]],
    timer:sleep(50),
    [P ! go || P <- Ps],
    [receive {done, X} -> X end || _ <- Ps].
loop(0) -> ok;
loop(N) -> loop(N - 1).
