%% erlang:suspend_process/1,2 and resume_process/1: a suspended process
%% runs no code (its messages wait) until resumed as often as suspended;
%% unless_suspending, asynchronous replies, the suspender's exit ending its
%% suspensions, exit signals reaching a suspended process, and the badarg
%% cases.
-module(suspend_resume).
-export([start/0]).

counter(N) ->
    receive
        {get, From} -> From ! {count, N}, counter(N);
        _ -> counter(N + 1)
    end.

ask(S) ->
    S ! {get, self()},
    receive {count, N} -> {count, N} after 200 -> no_reply end.

catch_error(F) ->
    try F() catch error:E -> {error, E} end.

start() ->
    S = spawn(fun() -> counter(0) end),
    R1 = erlang:suspend_process(S),
    St1 = process_info(S, status),
    S ! a, S ! b,
    Blocked = ask(S),
    R2 = erlang:resume_process(S),
    %% The {get, _} sent while suspended is answered now, after a and b.
    Late = receive {count, N0} -> {count, N0} after 1000 -> none end,
    After = ask(S),
    %% Twice suspended needs two resumes.
    true = erlang:suspend_process(S),
    true = erlang:suspend_process(S, []),
    Unless = erlang:suspend_process(S, [unless_suspending]),
    true = erlang:resume_process(S),
    Still = process_info(S, status),
    StillAsk = ask(S),
    true = erlang:resume_process(S),
    Again = receive {count, N1} -> {count, N1} after 1000 -> none end,
    NotSusp = catch_error(fun() -> erlang:resume_process(S) end),
    %% Asynchronous with a reply tag.
    Async = erlang:suspend_process(S, [{asynchronous, tag}]),
    Reply = receive {tag, What} -> What after 1000 -> none end,
    true = erlang:resume_process(S),
    Async2 = erlang:suspend_process(S, [asynchronous, unless_suspending]),
    true = erlang:resume_process(S),
    %% A suspender that exits releases its suspensions.
    Me = self(),
    {H, HRef} = spawn_monitor(fun() ->
                                      true = erlang:suspend_process(S),
                                      Me ! suspended,
                                      receive never -> ok end
                              end),
    receive suspended -> ok end,
    HeldAsk = ask(S),
    exit(H, kill),
    receive {'DOWN', HRef, process, H, _} -> ok end,
    Released = receive {count, N2} -> {count, N2} after 1000 -> none end,
    %% An exit signal ends a suspended process.
    true = erlang:suspend_process(S),
    Ref = monitor(process, S),
    exit(S, kill),
    Down = receive {'DOWN', Ref, process, S, Why} -> Why after 1000 -> none end,
    Dead = catch_error(fun() -> erlang:suspend_process(S) end),
    DeadResume = catch_error(fun() -> erlang:resume_process(S) end),
    SelfSusp = catch_error(fun() -> erlang:suspend_process(self()) end),
    BadOpt = catch_error(fun() -> erlang:suspend_process(spawn(fun() -> ok end), [bogus]) end),
    NotPid = catch_error(fun() -> erlang:suspend_process(foo) end),
    [R1, St1, Blocked, R2, Late, After, Unless, Still, StillAsk, Again, NotSusp,
     Async, Reply, Async2, HeldAsk, Released, Down, Dead, DeadResume, SelfSusp,
     BadOpt, NotPid].
