%% Support module (not a program): the receive forms Gleam actor programs cannot write themselves.
-module(gleam_process).
-export([receive_any/1, receive_reply/2, receive_down/2, receive_exit/2]).

%% The next message, or {error, nil} after Timeout milliseconds.
receive_any(Timeout) ->
    receive M -> {ok, M} after Timeout -> {error, nil} end.

%% The value of the reply {Ref, Value}, skipping every other message.
receive_reply(Ref, Timeout) ->
    receive {Ref, V} -> {ok, V} after Timeout -> {error, nil} end.

%% The reason of the DOWN message for monitor Ref.
receive_down(Ref, Timeout) ->
    receive {'DOWN', Ref, process, _, Why} -> {ok, Why} after Timeout -> {error, nil} end.

%% The reason of the EXIT message from Pid (the caller traps exits).
receive_exit(Pid, Timeout) ->
    receive {'EXIT', Pid, Why} -> {ok, Why} after Timeout -> {error, nil} end.
