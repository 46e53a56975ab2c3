-module(ue_state_machine).
-export([start/0]).
door(locked, {unlock, Code}, #{code := Code} = D) -> {closed, D#{attempts := 0}};
door(locked, {unlock, _}, #{attempts := N} = D) when N >= 2 -> {blocked, D#{attempts := N + 1}};
door(locked, {unlock, _}, #{attempts := N} = D) -> {locked, D#{attempts := N + 1}};
door(closed, open, D) -> {open, D};
door(closed, lock, D) -> {locked, D};
door(open, close, D) -> {closed, D};
door(State, Event, D) -> io:format("ignored ~p in ~p~n", [Event, State]), {State, D}.
loop(Pid, Events) -> [begin Pid ! {event, E, self()}, receive {state, S} -> S end end || E <- Events].
server(State, Data) ->
    receive
        {event, E, From} -> {S2, D2} = door(State, E, Data), From ! {state, S2}, server(S2, D2)
    end.
start() ->
    Pid = spawn(fun() -> server(locked, #{code => 1234, attempts => 0}) end),
    States = loop(Pid, [open, {unlock, 1}, {unlock, 1234}, open, lock, close, {unlock, 9}, {unlock, 9}, {unlock, 9}, {unlock, 1234}]),
    exit(Pid, kill),
    States.
