-module(procs_ffi).
-behaviour(gen_server).
-export([squares/1, counter/1, restarts/0, show/2]).
-export([init/1, handle_call/3, handle_cast/2, start_worker/0]).

squares(N) ->
    Self = self(),
    Pids = [spawn(fun() -> Self ! {self(), I * I} end) || I <- lists:seq(1, N)],
    [receive {P, V} -> V end || P <- Pids].

counter(Bumps) ->
    {ok, Pid} = gen_server:start_link(?MODULE, 0, []),
    [gen_server:cast(Pid, bump) || _ <- lists:seq(1, Bumps)],
    Count = gen_server:call(Pid, get),
    ok = gen_server:stop(Pid),
    Count.

init(N) -> {ok, N}.
handle_call(get, _From, N) -> {reply, N, N}.
handle_cast(bump, N) -> {noreply, N + 1}.

%% A one_for_one supervisor restarts its worker after the worker is killed
%% (its report, with pids and a time, is kept out of the output).
restarts() ->
    ok = logger:set_primary_config(level, critical),
    {ok, Sup} = supervisor:start_link(procs_sup, []),
    [{worker, Old, worker, _}] = supervisor:which_children(Sup),
    exit(Old, kill),
    New = wait_restart(Sup, Old, 100),
    Alive = is_process_alive(New),
    unlink(Sup),
    exit(Sup, shutdown),
    {New =/= Old, Alive}.

wait_restart(_, Old, 0) -> Old;
wait_restart(Sup, Old, Tries) ->
    case supervisor:which_children(Sup) of
        [{worker, P, worker, _}] when is_pid(P), P =/= Old -> P;
        _ -> timer:sleep(10), wait_restart(Sup, Old, Tries - 1)
    end.

start_worker() -> {ok, spawn_link(fun() -> receive stop -> ok end end)}.

show(Label, Value) -> io:format("~ts: ~p~n", [Label, Value]).
