%% Protects what a process spawned on a missing function or with the wrong arity exits with, seen through monitors and links.
-module(proc_spawn_undef).
-export([start/0, one/1]).
one(X) -> exit({one, X}).
strip({R, [{M, F, A, _} | _]}) -> {R, {M, F, A}};
strip(R) -> R.
down(F) -> {P, R} = spawn_monitor(F), receive {'DOWN', R, process, P, W} -> W after 1000 -> late end.
start() ->
    error_logger:tty(false),
    logger:set_primary_config(level, none),
    W1 = down(fun() -> ok end),
    {P2, R2} = spawn_monitor(?MODULE, one, [x]),
    W2 = receive {'DOWN', R2, process, P2, X2} -> X2 after 1000 -> late end,
    {P3, R3} = spawn_monitor(?MODULE, one, []),
    W3 = receive {'DOWN', R3, process, P3, X3} -> strip(X3) after 1000 -> late end,
    {P4, R4} = spawn_monitor(no_such_module_here, f, [1, 2]),
    W4 = receive {'DOWN', R4, process, P4, X4} -> strip(X4) after 1000 -> late end,
    process_flag(trap_exit, true),
    P5 = spawn_link(?MODULE, nope, [1]),
    W5 = receive {'EXIT', P5, X5} -> strip(X5) after 1000 -> late end,
    [W1, W2, W3, W4, W5].
