%% file:write_file_info/2,3, change_mode and change_time (prim_file's
%% write_file_info and its owner/permission/time steps), and the file
%% operations CLI tools lean on, with their error tuples.
-module(file_write_info).
-export([start/0]).
-include_lib("kernel/include/file.hrl").

start() ->
    D = "/tmp/file_write_info_" ++ os:getpid(),
    F = filename:join(D, "a.txt"),
    ok = file:make_dir(D),
    ok = file:write_file(F, <<"data">>),
    Mode = fun() -> {ok, I} = file:read_file_info(F), I#file_info.mode band 8#7777 end,
    Times = fun(Opts) -> {ok, I} = file:read_file_info(F, Opts), {I#file_info.atime, I#file_info.mtime} end,
    R = [file:change_mode(F, 8#640), Mode(),
         file:write_file_info(F, #file_info{mode = 8#604}), Mode(),
         file:write_file_info(F, #file_info{atime = 1000000000, mtime = 1200000000}, [{time, posix}]),
         Times([{time, posix}]),
         file:write_file_info(F, #file_info{mtime = {{2020, 2, 29}, {12, 0, 1}}}, [{time, universal}]),
         element(2, Times([{time, universal}])),
         file:write_file_info(F, #file_info{atime = 5, mtime = undefined}, [{time, posix}]),
         Times([{time, posix}]),
         file:change_time(F, {{2001, 1, 1}, {0, 0, 0}}, {{2002, 2, 2}, {2, 2, 2}}),
         Times([]),
         file:write_file_info(F, #file_info{mtime = {{2020, 13, 1}, {0, 0, 0}}}),
         file:write_file_info(F, #file_info{mode = mode}),
         file:write_file_info(F, #file_info{atime = 1}, [{time, posix}, {time, bogus}]),
         file:write_file_info(F, #file_info{atime = 1}, [{time, bogus}, {time, posix}]),
         file:read_file_info(F, [{time, bogus}]),
         file:write_file_info(F, #file_info{uid = x}),
         file:write_file_info(filename:join(D, "missing"), #file_info{mode = 8#600}),
         file:change_mode(filename:join(D, "missing/deeper"), 8#600),
         element(1, element(2, catch file:write_file_info(F, {not_a_record}))),
         file:write_file_info(F, #file_info{}, [{time, posix}]) =:= ok,
         begin {ok, Own} = file:read_file_info(F), file:change_owner(F, Own#file_info.uid) end,
         file:del_dir_r(D), file:read_file_info(D)],
    [io:format("~p~n", [X]) || X <- R],
    ok.
