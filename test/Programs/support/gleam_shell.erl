%% Support module (not a program): running an OS command from Gleam over a
%% port, as Gleam CLI libraries do, collecting its output until its status.
-module(gleam_shell).
-export([command/3, head_lines/3]).

%% {ok, Output} when the command exits 0, {error, {Status, Output}} else;
%% {error, {-1, <<"not found">>}} when it is not on PATH.
command(Name, Args, Dir) ->
    case os:find_executable(binary_to_list(Name)) of
        false -> {error, {-1, <<"not found">>}};
        Exe ->
            Port = open_port({spawn_executable, Exe},
                             [exit_status, binary, hide, stderr_to_stdout,
                              {args, Args}, {cd, Dir}]),
            collect(Port, [])
    end.

collect(Port, Acc) ->
    receive
        {Port, {data, D}} -> collect(Port, [D | Acc]);
        {Port, {exit_status, 0}} -> {ok, iolist_to_binary(lists:reverse(Acc))};
        {Port, {exit_status, S}} -> {error, {S, iolist_to_binary(lists:reverse(Acc))}}
    end.

%% The first `Count` of `Input`'s lines, sent through `head` and read back
%% in line mode (lines longer than `Width` come in parts).
head_lines(Input, Count, Width) ->
    Port = open_port({spawn, "head -n " ++ integer_to_list(Count)}, [{line, Width}, binary, eof]),
    port_command(Port, [[L, $\n] || L <- Input]),
    lines(Port).

lines(Port) ->
    receive
        {Port, {data, {eol, L}}} -> [{eol, L} | lines(Port)];
        {Port, {data, {noeol, L}}} -> [{noeol, L} | lines(Port)];
        {Port, eof} -> port_close(Port), []
    end.
