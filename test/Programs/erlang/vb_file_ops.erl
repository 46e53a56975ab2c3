%% Protects the file module through file_server and prim_file: write/read/consult, io on opened files, raw positioned IO, directories and posix errors.
-module(vb_file_ops).
-export([start/0]).
start() ->
    D = "/tmp/vb_file_ops_dir", F = filename:join(D, "a.txt"),
    file:del_dir_r(D),
    R1 = [file:make_dir(D), file:make_dir(D), file:write_file(F, <<"line1\nline2\r\nlast">>), file:read_file(F),
          file:read_file(filename:join(D, "nope")), filelib:is_file(F), filelib:is_dir(D), filelib:is_regular(F), filelib:file_size(F)],
    {ok, Fd} = file:open(F, [read]),
    R2 = [io:get_line(Fd, ''), io:get_line(Fd, ''), io:get_line(Fd, ''), io:get_line(Fd, ''), file:close(Fd)],
    {ok, Fd2} = file:open(F, [append]),
    ok = io:format(Fd2, "~p.~n", [{term, [1, 2]}]),
    ok = file:write(Fd2, ["more", $\n]),
    file:close(Fd2),
    ok = file:write_file(filename:join(D, "t.config"), "{a, 1}.\n{b, [x, y]}.\n"),
    R3 = [file:consult(filename:join(D, "t.config")), file:read_file(F), lists:sort(element(2, file:list_dir(D))),
          file:rename(F, filename:join(D, "b.txt")), file:list_dir(D) =/= x, file:delete(filename:join(D, "b.txt")),
          file:delete(filename:join(D, "b.txt")), file:del_dir(D), file:delete(filename:join(D, "t.config")), file:del_dir(D),
          file:read_file_info(D)],
    ok = file:make_dir(D),
    {ok, R} = file:open(F, [write, read, raw, binary]),
    R4 = [file:write(R, <<"0123456789">>), file:position(R, 3), file:read(R, 4), file:pread(R, 0, 2), file:position(R, eof),
          file:read(R, 1), file:close(R), file:write_file(F, "x", [append]), file:read_file(F), file:copy(F, F ++ ".2"),
          file:read_file(F ++ ".2"), file:delete(F), file:delete(F ++ ".2"), file:del_dir(D)],
    {ok, Cwd} = file:get_cwd(),
    [R1, R2, R3, R4, is_list(Cwd), element(1, file:open("/nonexistent/x", [read])), file:open("/nonexistent/x", [read]),
     file:read_file("/nonexistent"), file:write_file("/nonexistent/dir/x", <<>>), file:list_dir("/nonexistent")].
