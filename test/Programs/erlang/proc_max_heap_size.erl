%% Protects max_heap_size: a process whose heap grows past the limit is killed (reason killed) when kill is set, and lives on when it is not; the flag reads back as a map.
-module(proc_max_heap_size).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
grow(N, Acc) when N > 0 -> grow(N - 1, [N | Acc]);
grow(_, Acc) -> length(Acc).
run(Opt) ->
    S = self(),
    {P, R} = spawn_opt(fun() -> S ! {len, grow(200000, [])} end, [monitor, {max_heap_size, Opt}]),
    W = receive {'DOWN', R, process, P, Why} -> Why after 5000 -> late end,
    Got = receive {len, L} -> L after 0 -> none end,
    {W, Got}.
start() ->
    A = run(#{size => 2000, kill => true, error_logger => false}),
    B = run(#{size => 2000, kill => false, error_logger => false}),
    C = run(0),
    D = run(#{size => 0}),
    S = self(),
    P = spawn_opt(fun() -> receive go -> S ! {mh, process_info(self(), max_heap_size)} end end,
                  [{max_heap_size, #{size => 100000, error_logger => false}}]),
    P ! go,
    Info = receive {mh, I} -> I after 1000 -> late end,
    Own = process_info(self(), max_heap_size),
    Old = process_flag(max_heap_size, 50000),
    New = process_flag(max_heap_size, #{size => 0, kill => true, error_logger => true}),
    Back = process_info(self(), max_heap_size),
    Errs = [t(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, -1}]) end),
            t(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, #{size => a}}]) end),
            t(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, #{kill => true}}]) end),
            t(fun() -> spawn_opt(fun() -> ok end, [{max_heap_size, #{size => 10, bogus => 1}}]) end),
            t(fun() -> process_flag(max_heap_size, x) end)],
    [A, B, C, D, Info, Own, Old, New, Back, Errs].
