%% Protects supervisor strategies: one_for_all and rest_for_one restarts, simple_one_for_one dynamic children, intensity exceeded, child specs as tuples.
-module(ve_supervisor_strats).
-behaviour(supervisor).
-export([start/0, init/1, worker/1, loop/1]).
init({Strategy, Ids}) ->
    {ok, {#{strategy => Strategy, intensity => 2, period => 5},
          [#{id => Id, start => {?MODULE, worker, [Id]}} || Id <- Ids]}};
init(simple) ->
    {ok, {{simple_one_for_one, 1, 5}, [{w, {?MODULE, worker, []}, temporary, 1000, worker, [?MODULE]}]}}.
worker(Id) -> {ok, spawn_link(?MODULE, loop, [Id])}.
loop(Id) -> receive {ping, F} -> F ! {pong, Id}, loop(Id); crash -> exit(crash) end.
pids(Sup) -> lists:sort([{Id, P} || {Id, P, _, _} <- supervisor:which_children(Sup)]).
changed(Before, After) -> [Id || {{Id, P1}, {Id, P2}} <- lists:zip(Before, After), P1 =/= P2].
kill_child(Sup, Id) ->
    {Id, P} = lists:keyfind(Id, 1, pids(Sup)),
    Ref = monitor(process, P), P ! crash,
    receive {'DOWN', Ref, _, _, _} -> ok end,
    timer:sleep(20).
start() ->
    ok = logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    {ok, A} = supervisor:start_link(?MODULE, {one_for_all, [a, b, c]}),
    A0 = pids(A), kill_child(A, b), A1 = pids(A),
    {ok, R} = supervisor:start_link(?MODULE, {rest_for_one, [a, b, c]}),
    R0 = pids(R), kill_child(R, b), R1 = pids(R),
    {ok, S} = supervisor:start_link(?MODULE, simple),
    {ok, C1} = supervisor:start_child(S, [x]), {ok, C2} = supervisor:start_child(S, [y]),
    C1 ! {ping, self()}, Pong = receive {pong, X} -> X after 500 -> none end,
    Counts = supervisor:count_children(S),
    T = supervisor:terminate_child(S, C2),
    N = length(supervisor:which_children(S)),
    {ok, O} = supervisor:start_link(?MODULE, {one_for_one, [a]}),
    [begin kill_child(O, a) end || _ <- [1, 2]],
    {a, P3} = lists:keyfind(a, 1, pids(O)), P3 ! crash,
    Down = receive {'EXIT', O, Why} -> Why after 1000 -> timeout end,
    [changed(A0, A1), changed(R0, R1), Pong, Counts, T, N, Down, is_process_alive(C1)].
