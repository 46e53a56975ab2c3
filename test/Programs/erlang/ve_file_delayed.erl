%% Protects files opened with delayed_write (size/delay options, flush on close and on position) and read_ahead line reading.
-module(ve_file_delayed).
-export([start/0]).
start() ->
    F = "/tmp/ve_file_delayed.txt",
    {ok, W} = file:open(F, [write, delayed_write]),
    ok = file:write(W, "line one\n"),
    ok = file:write(W, [<<"line two\n">>, "line three\n"]),
    R0 = file:read_file(F),
    ok = file:close(W),
    {ok, W2} = file:open(F, [append, raw, {delayed_write, 8, 1000}]),
    ok = file:write(W2, "four\n"),
    ok = file:write(W2, <<"five is longer than eight\n">>),
    {ok, _} = file:position(W2, eof),
    ok = file:close(W2),
    {ok, Rd} = file:open(F, [read, raw, binary, {read_ahead, 16}]),
    Lines = read_lines(Rd, []),
    ok = file:close(Rd),
    {ok, Rl} = file:open(F, [read, read_ahead]),
    L1 = file:read_line(Rl),
    ok = file:close(Rl),
    Whole = file:read_file(F),
    ok = file:delete(F),
    [R0, Lines, L1, Whole].
read_lines(Fd, Acc) ->
    case file:read_line(Fd) of
        {ok, L} -> read_lines(Fd, [L | Acc]);
        eof -> lists:reverse(Acc)
    end.
