%% Protects os:cmd/1,2: output as characters (UTF-8 decoded) or bytes, stderr folded in, empty stdin, deep-list and atom commands, badarg.
-module(vd_os_cmd).
-export([start/0]).
start() ->
    [os:cmd("echo hello"), os:cmd("echo héllo; echo err >&2"), os:cmd("printf '\\377'"), os:cmd("cat"), os:cmd("exit 3"),
     os:cmd(["echo", [" deep", " list"]]), os:cmd('echo atom'), os:cmd("printf 'a\\nb'"), os:cmd("echo 12345", #{max_size => 3}),
     os:cmd("echo all", #{max_size => infinity}), lists:prefix("/bin/sh:", os:cmd("no_such_command_vd_os_cmd")),
     string:trim(os:cmd("echo $((6 * 7))")), element(1, catch os:cmd(123))].
