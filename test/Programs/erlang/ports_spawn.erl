%% Ports to OS processes: spawn and spawn_executable with their options
%% (args, arg0, env, cd, exit_status, stderr_to_stdout, binary, eof,
%% {line, L}, {packet, N}), the port messages (command, close, connect),
%% port_command/port_close/port_connect/port_info, links and exit signals
%% (owner exit, exit/2 with kill, badsig), and open_port's errors. Every
%% wait is for a message the port must send, so erl's output is fixed.
-module(ports_spawn).
-export([start/0]).

start() ->
    process_flag(trap_exit, true),
    %% port_info of a port that stays open until it is closed (a port whose
    %% child has exited may already be gone, on erl as here).
    P0 = open_port({spawn_executable, "/bin/cat"}, [exit_status, binary]),
    show(info(P0)),
    show(port_close(P0)), show(take_exit(P0)),
    %% spawn_executable, binary, exit_status: data, then status, then exit.
    P1 = open_port({spawn_executable, "/bin/echo"}, [{args, ["hi", <<"there">>]}, exit_status, binary]),
    show(until_exit(P1)),
    show(erlang:port_info(P1)),
    show(err(fun() -> port_command(P1, "x") end)),
    %% A shell command in line mode, echoed by cat; eof keeps the port open.
    P2 = open_port({spawn, "cat"}, [{line, 4}, eof]),
    true = port_command(P2, "abcdefgh\nxy\n"),
    true = port_command(P2, [<<"z">>, [$\n]]),
    P2 ! {self(), {command, "tail"}},
    show([take(P2) || _ <- lists:seq(1, 4)]),
    P2 ! {self(), close},
    show(take(P2)), show(take_exit(P2)),
    %% Packets of 2 and 4 bytes, and a large one through a pipe.
    P3 = open_port({spawn, "cat"}, [{packet, 2}, binary]),
    port_command(P3, <<"hello">>), port_command(P3, [<<"a">>, "bc"]), port_command(P3, <<>>),
    show([take(P3) || _ <- lists:seq(1, 3)]),
    show(port_close(P3)),
    show(take_exit(P3)),
    show(err(fun() -> port_close(P3) end)),
    Big = << <<(I rem 251)>> || I <- lists:seq(1, 200000) >>,
    P4 = open_port({spawn, "cat"}, [{packet, 4}, binary]),
    port_command(P4, Big),
    {data, Back} = take(P4),
    show({byte_size(Back), Back =:= Big}),
    show(lists:keyfind(output, 1, erlang:port_info(P4))),
    show(lists:keyfind(input, 1, erlang:port_info(P4))),
    port_close(P4), take_exit(P4),
    %% The child's environment, directory, exit code and standard error.
    P5 = open_port({spawn, "sh -c 'echo err >&2; echo \"$FOO-$HOME_X\"; pwd; exit 3'"},
                   [stderr_to_stdout, exit_status, {cd, "/usr"}, {line, 80},
                    {env, [{"FOO", "bar"}, {"HOME_X", false}]}]),
    show(until_exit(P5)),
    P6 = open_port({spawn_executable, "/bin/sh"},
                   [{args, ["-c", "echo $0 \"$@\"", "a b", "c"]}, {arg0, "zero"}, exit_status]),
    show(until_exit(P6)),
    P7 = open_port({spawn, "exit 7"}, [exit_status]),
    show(until_exit(P7)),
    P8 = open_port({spawn, "kill -9 $$"}, [exit_status]),
    show(until_exit(P8)),
    %% Exit signals: kill from exit/2, a bad message, the owner's death.
    P9 = open_port({spawn, "cat"}, []),
    exit(P9, normal),
    show(is_port(P9) andalso erlang:port_info(P9) =/= undefined),
    exit(P9, kill),
    show(take_exit(P9)),
    P10 = open_port({spawn, "cat"}, []),
    P10 ! {self(), bogus},
    show(take_exit(P10)),
    Self = self(),
    Owner = spawn(fun() -> Self ! {port, open_port({spawn, "cat"}, [])}, receive stop -> ok end end),
    P11 = receive {port, Pt} -> Pt end,
    show(erlang:port_info(P11, connected) =:= {connected, Owner}),
    Owner ! stop,
    show(wait_closed(P11, 200)),
    %% Another owner: port_connect links it, {connect, Pid} answers connected.
    P12 = open_port({spawn, "cat"}, [binary]),
    Relay = spawn(fun() -> relay(Self) end),
    true = port_connect(P12, Relay),
    show(erlang:port_info(P12, connected) =:= {connected, Relay}),
    show(lists:member(Relay, element(2, erlang:port_info(P12, links)))),
    unlink(P12),
    show(lists:member(self(), element(2, erlang:port_info(P12, links)))),
    port_command(P12, <<"via relay">>),
    show(receive {relayed, {_, {data, D}}} -> D end),
    P12 ! {Relay, {connect, self()}},
    show(receive {relayed, {P12, connected}} -> connected end),
    port_command(P12, <<"direct">>),
    show(take(P12)),
    show(lists:member(P12, erlang:ports())),
    port_close(P12),
    show(lists:member(P12, erlang:ports())),
    %% A link made with link/1, and link to a closed port.
    P13 = open_port({spawn, "cat"}, []),
    unlink(P13), true = link(P13),
    port_close(P13),
    show(take_exit(P13)),
    show(link(P13)),
    show(take_exit(P13)),
    %% Errors.
    show(err(fun() -> open_port({spawn_executable, "/nonexistent/x"}, []) end)),
    show(err(fun() -> open_port({spawn_executable, "/etc/hostname"}, []) end)),
    show(receive {'EXIT', _, _} = E -> element(3, E) after 5000 -> timeout end),
    show(err(fun() -> open_port({spawn_executable, "/bin/echo"}, [bogus]) end)),
    show(err(fun() -> open_port({spawn, "cat"}, [{args, ["x"]}]) end)),
    show(err(fun() -> open_port({spawn, "cat"}, [{packet, 3}]) end)),
    show(err(fun() -> open_port({spawn, ""}, []) end)),
    show(err(fun() -> open_port({spawn, 42}, []) end)),
    show(err(fun() -> open_port({what, "cat"}, []) end)),
    show(err(fun() -> port_command(self(), "x") end)),
    show(err(fun() -> erlang:port_info(self()) end)),
    show(err(fun() -> port_close(list_to_port("#Port<0.99999>")) end)),
    show(err(fun() -> port_control(P1, 1, []) end)),
    show(os:cmd("echo still; echo works >&2")),
    ok.

show(X) -> io:format("~p~n", [X]).

info(P) -> [I || {K, _} = I <- erlang:port_info(P), K =/= id, K =/= os_pid, K =/= links, K =/= connected].

%% The port's messages until its exit signal, port ids left out.
until_exit(P) ->
    receive
        {P, M} -> [M | until_exit(P)];
        {'EXIT', P, R} -> [{'EXIT', R}]
    after 5000 -> [timeout]
    end.

take(P) -> receive {P, M} -> M after 5000 -> timeout end.
take_exit(P) -> receive {'EXIT', P, R} -> {'EXIT', R} after 5000 -> timeout end.

wait_closed(_, 0) -> still_open;
wait_closed(P, N) ->
    case erlang:port_info(P) of
        undefined -> closed;
        _ -> timer:sleep(10), wait_closed(P, N - 1)
    end.

relay(To) -> receive M -> To ! {relayed, M}, relay(To) end.

err(F) ->
    try F() of V when is_port(V) -> {value, port}; V -> {value, V}
    catch error:R:St -> {R, element(1, hd(St)), element(2, hd(St)), element(4, hd(St))}
    end.
