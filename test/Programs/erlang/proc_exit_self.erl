%% Protects exit/1 and exit/2 aimed at oneself: exit(self(), normal) kills a non-trapping process with reason normal, a trapping one gets an EXIT message, exit(self(), kill) ends even a trapping one with killed.
-module(proc_exit_self).
-export([start/0]).
watch(F) ->
    S = self(),
    {P, R} = spawn_monitor(fun() -> F(), S ! {survived, self(), [{E, F =:= self(), R} || {E, F, R} <- element(2, process_info(self(), messages))]} end),
    receive
        {'DOWN', R, process, P, Why} -> {down, Why};
        {survived, P, Msgs} -> receive {'DOWN', R, process, P, W} -> {survived, Msgs, W} end
    end.
start() ->
    [watch(fun() -> exit(self(), normal) end),
     watch(fun() -> process_flag(trap_exit, true), exit(self(), normal) end),
     watch(fun() -> exit(self(), kill) end),
     watch(fun() -> process_flag(trap_exit, true), exit(self(), kill) end),
     watch(fun() -> process_flag(trap_exit, true), exit(self(), bye) end),
     watch(fun() -> exit(self(), bye) end),
     watch(fun() -> exit(normal) end),
     watch(fun() -> exit(kill) end),
     watch(fun() -> process_flag(trap_exit, true), exit(kill) end),
     watch(fun() -> catch exit(caught) end),
     watch(fun() -> exit({a, [b, c]}) end)].
