%% Protects gen_tcp's active modes: {active, true} messages in list and binary mode, {active, once} re-armed by setopts, {active, N} counting down to tcp_passive (and adding up), tcp_closed when the peer closes, exit_on_close's exit of the port, controlling_process handing the messages to a new owner, and a send from a process that does not own the socket.
-module(tcp_active).
-export([start/0]).
pair(Opts) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}]),
    {ok, Port} = inet:port(L),
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, Port, [{active, false} | Opts]),
    {ok, S} = gen_tcp:accept(L, 2000),
    gen_tcp:close(L),
    {C, S}.
collect(Sock, N) -> collect(Sock, N, []).
collect(_, 0, Acc) -> lists:reverse(Acc);
collect(Sock, N, Acc) ->
    receive
        {tcp, Sock, D} -> collect(Sock, N - 1, [{data, D} | Acc]);
        {tcp_passive, Sock} -> collect(Sock, N - 1, [passive | Acc]);
        {tcp_closed, Sock} -> collect(Sock, N - 1, [closed | Acc])
    after 2000 -> lists:reverse([timeout | Acc])
    end.
quiet(Sock) ->
    receive {tcp, Sock, D} -> {unexpected, D}; {tcp_passive, Sock} -> unexpected_passive
    after 100 -> quiet end.
start() ->
    %% active true, list mode; one message per send is not guaranteed, so
    %% each send waits for its message.
    {C1, S1} = pair([list]),
    ok = inet:setopts(C1, [{active, true}]),
    A1 = [begin ok = gen_tcp:send(S1, M), collect(C1, 1) end || M <- ["one", "two"]],
    ok = gen_tcp:close(S1),
    A2 = collect(C1, 1),
    PortGone = erlang:port_info(C1) =:= undefined,
    %% active once
    {C2, S2} = pair([binary]),
    ok = inet:setopts(C2, [{active, once}]),
    ok = gen_tcp:send(S2, <<"first">>),
    B1 = collect(C2, 1),
    ok = gen_tcp:send(S2, <<"second">>),
    B2 = quiet(C2),
    {ok, [{active, ActiveAfterOnce}]} = inet:getopts(C2, [active]),
    ok = inet:setopts(C2, [{active, once}]),
    B3 = collect(C2, 1),
    gen_tcp:close(S2), gen_tcp:close(C2),
    %% active N
    {C3, S3} = pair([binary]),
    ok = inet:setopts(C3, [{active, 2}]),
    ok = inet:setopts(C3, [{active, 1}]),
    {ok, [{active, Three}]} = inet:getopts(C3, [active]),
    N1 = [begin ok = gen_tcp:send(S3, integer_to_list(I)), collect(C3, 1) end || I <- [1, 2, 3]],
    N2 = collect(C3, 1),
    {ok, [{active, AfterN}]} = inet:getopts(C3, [active]),
    ok = inet:setopts(C3, [{active, 0}]),
    N3 = collect(C3, 1),
    gen_tcp:close(S3), gen_tcp:close(C3),
    %% controlling_process
    {C4, S4} = pair([binary]),
    Self = self(),
    Owner = spawn(fun() ->
                          receive go -> ok end,
                          ok = inet:setopts(C4, [{active, true}]),
                          Got = collect(C4, 2),
                          Self ! {self(), Got}
                  end),
    ok = gen_tcp:controlling_process(C4, Owner),
    NotOwner = gen_tcp:controlling_process(C4, self()),
    Owner ! go,
    Sender = spawn(fun() -> Self ! {sent, gen_tcp:send(S4, <<"from elsewhere">>)} end),
    Sent = receive {sent, R} -> R end,
    timer:sleep(50),
    gen_tcp:close(S4),
    Moved = receive {Owner, G} -> G end,
    _ = Sender,
    {A1, A2, PortGone, B1, B2, ActiveAfterOnce, B3, Three, N1, N2, AfterN, N3, NotOwner, Sent, Moved}.
