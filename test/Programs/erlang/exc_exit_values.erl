%% Protects exit/1 reasons of many shapes, caught in-process.
-module(exc_exit_values).
-export([start/0]).

start() ->
    [try exit(R) catch exit:X -> X end
     || R <- [normal, kill, {shutdown, stop}, "string", 42, [1, 2], #{why => me}]].
