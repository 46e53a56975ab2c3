%% Protects spawn, send and receive between two processes with a request/reply round trip.
-module(proc_spawn_reply).
-export([start/0]).

server() ->
    receive
        {From, {square, N}} -> From ! {self(), N * N}, server();
        {From, stop} -> From ! {self(), stopped}
    end.

call(Pid, Msg) ->
    Pid ! {self(), Msg},
    receive {Pid, Reply} -> Reply end.

start() ->
    Pid = spawn(fun server/0),
    Rs = [call(Pid, {square, N}) || N <- lists:seq(1, 10)],
    {Rs, call(Pid, stop), is_pid(Pid), Pid =/= self()}.
