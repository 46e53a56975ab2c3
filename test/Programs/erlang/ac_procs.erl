%% Typical user code: ac_procs (a differential program in the style of others' programs).
-module(ac_procs).
-export([start/0]).
worker(Parent, N) -> Parent ! {result, N, N * N}.
collect(0, Acc) -> lists:sort(Acc);
collect(N, Acc) -> receive {result, K, V} -> collect(N - 1, [{K, V} | Acc]) end.
counter(N) -> receive {inc, From} -> From ! {count, N + 1}, counter(N + 1); stop -> ok end.
start() ->
    Self = self(),
    [spawn(fun() -> worker(Self, I) end) || I <- lists:seq(1, 10)],
    R1 = collect(10, []),
    C = spawn(fun() -> counter(0) end),
    [C ! {inc, self()} || _ <- lists:seq(1, 5)],
    Counts = [receive {count, X} -> X end || _ <- lists:seq(1, 5)],
    C ! stop,
    {P, Ref} = spawn_monitor(fun() -> exit(boom) end),
    Down = receive {'DOWN', Ref, process, P, Why} -> Why end,
    process_flag(trap_exit, true),
    L = spawn_link(fun() -> exit({crash, why}) end),
    Exit = receive {'EXIT', L, {crash, _}} -> got_exit end,
    T = receive after 10 -> timeout end,
    register(me, self()), me ! hello,
    H = receive hello -> hello end,
    Ref2 = make_ref(), self() ! {Ref2, x}, self() ! other,
    Sel = receive {Ref2, V} -> V end,
    Left = receive Other -> Other after 0 -> none end,
    [R1, Counts, Down, Exit, T, H, Sel, Left, is_process_alive(C), erlang:send_after(1, self(), tick) =/= x,
     receive tick -> tick end].
