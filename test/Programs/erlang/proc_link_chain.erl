%% Protects exit propagation along links: abnormal exits kill linked non-trapping processes with the same reason, normal exits do not, kill arrives at neighbours as killed, and a trapping process in the chain stops it.
-module(proc_link_chain).
-export([start/0]).
%% Spawns N processes, each linked to the next; the last one waits for a command.
chain(0, Parent) -> Parent ! {last, self()}, receive {die, R} -> exit(R) end;
chain(N, Parent) -> spawn_link(fun() -> chain(N - 1, Parent) end), receive after infinity -> ok end.
run(Reason) ->
    S = self(),
    Head = spawn(fun() -> chain(3, S) end),
    Last = receive {last, L} -> L end,
    Mon = [monitor(process, Head), monitor(process, Last)],
    Last ! {die, Reason},
    Downs = [receive {'DOWN', M, process, _, W} -> W after 300 -> alive end || M <- Mon],
    exit(Head, kill),
    Downs.
trap_middle() ->
    S = self(),
    Mid = spawn(fun() ->
                        process_flag(trap_exit, true),
                        C = spawn_link(fun() -> receive {die, R} -> exit(R) end end),
                        S ! {child, C},
                        receive {'EXIT', C, Why} -> S ! {mid_saw, Why} end,
                        receive after infinity -> ok end
                end),
    C = receive {child, X} -> X end,
    C ! {die, oops},
    Saw = receive {mid_saw, W} -> W after 500 -> none end,
    Alive = is_process_alive(Mid),
    exit(Mid, kill),
    {Saw, Alive}.
start() ->
    [run(normal), run(boom), run(kill), run(shutdown), trap_middle()].
