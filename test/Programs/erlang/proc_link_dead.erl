%% Protects link/1 and unlink/1 edge cases: linking to a dead pid (an EXIT noproc message when trapping, the caller killed with noproc when not), to oneself, twice, and unlink stopping a later exit from arriving.
-module(proc_link_dead).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
flush() -> receive M -> [M | flush()] after 50 -> [] end.
in_process(F) ->
    S = self(),
    {P, M} = spawn_monitor(fun() -> S ! {result, self(), F()} end),
    receive {result, P, R} -> receive {'DOWN', M, _, _, W} -> {R, W} end; {'DOWN', M, _, _, W} -> {died, W} end.
start() ->
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    R1 = in_process(fun() -> {t(fun() -> link(Dead) end), flush()} end),
    R2 = in_process(fun() -> process_flag(trap_exit, true), {t(fun() -> link(Dead) end),
                                                            [{E, F =:= Dead, W} || {E, F, W} <- flush()]} end),
    R4 = in_process(fun() -> [link(self()), t(fun() -> link(not_pid) end), t(fun() -> unlink(not_pid) end), unlink(Dead),
                              process_info(self(), links)] end),
    R5 = in_process(fun() ->
                            Me = self(),
                            P = spawn(fun() -> receive die -> exit(dying) end end),
                            A = [link(P), link(P), process_info(self(), links) =:= {links, [P]}, process_info(P, links) =:= {links, [Me]}],
                            B = [unlink(P), unlink(P), process_info(self(), links), process_info(P, links)],
                            M = monitor(process, P),
                            P ! die,
                            C = receive {'DOWN', M, process, P, W} -> W end,
                            [A, B, C, flush()]
                    end),
    R6 = in_process(fun() ->
                            Q = spawn(fun() -> receive die -> exit(dying) end end),
                            link(Q), unlink(Q),
                            M2 = monitor(process, Q),
                            Q ! die,
                            receive {'DOWN', M2, process, Q, W2} -> W2 end
                    end),
    R7 = in_process(fun() ->
                            process_flag(trap_exit, true),
                            Q = spawn_link(fun() -> exit(early) end),
                            timer:sleep(30),
                            unlink(Q),
                            [{E, F =:= Q, W} || {E, F, W} <- flush()]
                    end),
    [R1, R2, R4, R5, R6, R7].
