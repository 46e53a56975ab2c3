%% Protects exit/2: normal is ignored by a non-trapping process and delivered as {'EXIT', From, normal} to a trapping one, kill is untrappable and reads as killed, other reasons become EXIT messages when trapping.
-module(proc_exit2_signals).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
%% A process that reports every message to the parent until told to stop.
relay(Parent) -> receive stop -> exit(stopped); M -> Parent ! {relayed, self(), M}, relay(Parent) end.
target(Trap) ->
    S = self(),
    P = spawn(fun() -> process_flag(trap_exit, Trap), S ! ready, relay(S) end),
    receive ready -> ok end,
    {P, monitor(process, P)}.
outcome({P, R}) ->
    receive
        {'DOWN', R, process, P, Why} -> {dead, Why};
        {relayed, P, {'EXIT', From, Why}} -> {trapped, From =:= self(), Why}
    after 200 -> alive
    end.
start() ->
    Cases = [{false, normal}, {false, kill}, {false, shutdown}, {false, {custom, 1}},
             {true, normal}, {true, kill}, {true, shutdown}, {true, killed}, {true, {custom, 1}}],
    R1 = [begin T = target(Trap), true = exit(element(1, T), Reason), {Trap, Reason, outcome(T)} end
          || {Trap, Reason} <- Cases],
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    R2 = [exit(Dead, kill), exit(Dead, normal), t(fun() -> exit(not_a_pid, kill) end),
          t(fun() -> exit(self, kill) end), t(fun() -> exit({a, b}, normal) end)],
    [R1, R2].
