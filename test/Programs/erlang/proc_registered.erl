%% Protects register/whereis/unregister and sending to a registered name.
-module(proc_registered).
-export([start/0]).

start() ->
    Self = self(),
    Pid = spawn(fun() -> receive {ping, From} -> From ! pong end end),
    true = register(beamr_test_server, Pid),
    Same = whereis(beamr_test_server) =:= Pid,
    beamr_test_server ! {ping, Self},
    Reply = receive pong -> pong after 2000 -> timeout end,
    timer:sleep(20),
    After = whereis(beamr_test_server),
    Bad = try nobody_registered_here ! hello catch error:R -> R end,
    {Same, Reply, After, Bad, try unregister(nobody_registered_here) catch error:R2 -> R2 end}.
