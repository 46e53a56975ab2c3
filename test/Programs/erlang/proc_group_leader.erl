%% Protects group_leader/0,2: children inherit the group leader, group_leader/2 redirects io:format of another process to a capturing I/O server, and its badarg cases.
-module(proc_group_leader).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
%% A minimal I/O server: collects put_chars text and hands it over on request.
capture(Acc) ->
    receive
        {io_request, From, Ref, {put_chars, Enc, Chars}} ->
            From ! {io_reply, Ref, ok}, capture([unicode:characters_to_list(Chars, Enc) | Acc]);
        {io_request, From, Ref, {put_chars, Enc, M, F, A}} ->
            From ! {io_reply, Ref, ok}, capture([unicode:characters_to_list(apply(M, F, A), Enc) | Acc]);
        {io_request, From, Ref, _} ->
            From ! {io_reply, Ref, {error, request}}, capture(Acc);
        {get, From} -> From ! {captured, lists:flatten(lists:reverse(Acc))}
    end.
start() ->
    S = self(),
    GL = group_leader(),
    Cap = spawn(fun() -> capture([]) end),
    Child = spawn(fun() -> S ! {gl, group_leader()}, receive go -> io:format("hello ~p~n", [42]), S ! printed end end),
    Inherited = receive {gl, G} -> G =:= GL end,
    true = group_leader(Cap, Child),
    Changed = process_info(Child, group_leader) =:= {group_leader, Cap},
    Child ! go,
    receive printed -> ok end,
    Grand = spawn(fun() -> group_leader(Cap, self()), io:put_chars("from grandchild\n"),
                           C2 = spawn(fun() -> S ! {gl2, group_leader() =:= Cap} end), _ = C2 end),
    Inh2 = receive {gl2, B} -> B end,
    _ = Grand,
    timer:sleep(20),
    Cap ! {get, self()},
    Text = receive {captured, T} -> T end,
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    Errs = [t(fun() -> group_leader(not_pid, self()) end), t(fun() -> group_leader(self(), not_pid) end),
            t(fun() -> group_leader(GL, Dead) end)],
    [Inherited, Changed, Inh2, Text, Errs, group_leader() =:= GL].
