%% Protects is_process_alive/1, process_info(P, status) for waiting, runnable and exited processes, processes/0 membership, and erlang:yield/0.
-module(proc_status_alive).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
spin(0) -> ok;
spin(N) -> spin(N - 1).
start() ->
    W = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    R1 = [is_process_alive(self()), is_process_alive(W), is_process_alive(Dead),
          t(fun() -> is_process_alive(not_pid) end), t(fun() -> is_process_alive(self) end),
          process_info(W, status), process_info(self(), status), process_info(Dead, status),
          lists:member(self(), processes()), lists:member(W, processes()), lists:member(Dead, processes()),
          erlang:yield(), lists:all(fun is_pid/1, processes())],
    Before = length(processes()),
    Ps = [spawn(fun() -> receive stop -> ok end end) || _ <- lists:seq(1, 10)],
    Grew = length(processes()) - Before,
    Ms = [monitor(process, P) || P <- Ps],
    [P ! stop || P <- Ps],
    [receive {'DOWN', M, _, _, _} -> ok end || M <- Ms],
    Shrunk = length(processes()) - Before,
    S = self(),
    Y = spawn(fun() -> S ! {yielded, [erlang:yield() || _ <- lists:seq(1, 3)]}, spin(1000) end),
    R2 = receive {yielded, L} -> L end,
    _ = Y,
    W ! stop,
    [R1, Grew, Shrunk, R2].
