%% Protects the EXIT messages a trapping process gets from linked processes for every way they end (normal return, exit/1, error, throw, killed by another), and that a non-trapping one survives only the normal ones.
-module(proc_trap_exit_msgs).
-export([start/0]).
strip({R, [{_, _, _, _} | _]}) -> {R, stack};
strip(R) -> R.
start() ->
    error_logger:tty(false),
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    Fs = [fun() -> ok end, fun() -> exit(normal) end, fun() -> exit(bye) end, fun() -> exit({shutdown, x}) end,
          fun() -> error(bad) end, fun() -> throw(ball) end, fun() -> 1 = length([a, b]) end,
          fun() -> receive after infinity -> ok end end],
    Ps = [spawn_link(F) || F <- Fs],
    exit(lists:last(Ps), kill),
    R1 = [receive {'EXIT', P, W} -> strip(W) after 1000 -> late end || P <- Ps],
    process_flag(trap_exit, false),
    S = self(),
    Survive = [begin
                   {W, M} = spawn_monitor(fun() -> spawn_link(F), timer:sleep(100), S ! {alive, self()} end),
                   receive {alive, W} -> receive {'DOWN', M, _, _, _} -> alive end; {'DOWN', M, _, _, Why} -> {died, strip(Why)} end
               end || F <- lists:sublist(Fs, 5)],
    [R1, Survive].
