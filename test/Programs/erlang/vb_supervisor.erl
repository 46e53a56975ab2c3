%% Protects supervisor basics: one_for_one children, which_children/count_children, restart of a crashed worker (its report silenced through logger), terminate_child.
-module(vb_supervisor).
-behaviour(supervisor).
-export([start/0, init/1, start_worker/1, worker_loop/1]).
init(Flags) -> {ok, {Flags, [#{id => w1, start => {?MODULE, start_worker, [w1]}},
                             #{id => w2, start => {?MODULE, start_worker, [w2]}, restart => temporary}]}}.
start_worker(Name) -> Pid = spawn_link(?MODULE, worker_loop, [Name]), register(Name, Pid), {ok, Pid}.
worker_loop(Name) -> receive {ping, F} -> F ! {pong, Name}, worker_loop(Name); crash -> exit(crashed) end.
ping(Name) -> Name ! {ping, self()}, receive {pong, N} -> N after 1000 -> timeout end.
wait_registered(Name, 0) -> {gone, Name};
wait_registered(Name, N) -> case whereis(Name) of undefined -> timer:sleep(5), wait_registered(Name, N - 1); _ -> ok end.
start() ->
    ok = logger:set_primary_config(level, critical), % the restart report has a timestamp
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, #{strategy => one_for_one, intensity => 5, period => 10}),
    Before = lists:sort([{Id, Type, Mods} || {Id, _, Type, Mods} <- supervisor:which_children(Sup)]),
    Counts = supervisor:count_children(Sup),
    P1 = ping(w1),
    Old = whereis(w1),
    w1 ! crash,
    timer:sleep(20),
    ok = wait_registered(w1, 100),
    Restarted = whereis(w1) =/= Old,
    P2 = ping(w1),
    T = supervisor:terminate_child(Sup, w2),
    D = supervisor:delete_child(Sup, w2),
    After = [Id || {Id, _, _, _} <- supervisor:which_children(Sup)],
    E = supervisor:terminate_child(Sup, nope),
    R = supervisor:restart_child(Sup, w1),
    ok = supervisor:terminate_child(Sup, w1),
    R2 = element(1, supervisor:restart_child(Sup, w1)),
    exit(Sup, shutdown),
    Why = receive {'EXIT', Sup, W} -> W after 1000 -> timeout end,
    [Before, Counts, P1, Restarted, P2, T, D, After, E, R, R2, Why].
