%% Protects max_heap_size with error_logger set: the process is killed and the emulator logs erl's error report (format, arguments, metadata), caught by a logger handler.
-module(proc_max_heap_report).
-export([start/0, log/2]).
log(E, #{config := #{pid := C}}) -> C ! {logged, E}.
grow(N, Acc) when N > 0 -> grow(N - 1, [N | Acc]);
grow(_, Acc) -> length(Acc).
start() ->
    ok = logger:add_handler(?MODULE, ?MODULE, #{config => #{pid => self()}}),
    logger:remove_handler(default),
    {P, R} = spawn_opt(fun() -> grow(30000, []) end,
                       [monitor, {max_heap_size, #{size => 2000, kill => true, error_logger => true}}]),
    W = receive {'DOWN', R, process, P, Why} -> Why after 30000 -> late end,
    Report = receive
                 {logged, #{level := L, meta := Meta, msg := {Fmt, [Pid, Max, Total, Kill, EL, Q, GC]}}} ->
                     {L, maps:get(error_logger, Meta), maps:get(pid, Meta) =:= P, Fmt, Pid =:= P, Max,
                      Total > Max, Kill, EL, Q, [K || {K, _} <- GC]};
                 {logged, Other} -> {other, Other}
             after 2000 -> none
             end,
    {P2, R2} = spawn_opt(fun() -> grow(30000, []) end,
                         [monitor, {max_heap_size, #{size => 2000, kill => false, error_logger => true}}]),
    W2 = receive {'DOWN', R2, process, P2, Why2} -> Why2 after 30000 -> late end,
    Report2 = receive {logged, #{msg := {_, [_, _, _, K2, E2 | _]}}} -> {K2, E2} after 2000 -> none end,
    {W, Report, W2, Report2}.
