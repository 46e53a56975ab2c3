%% Protects gen_tcp under load and OTP: a gen_server that owns a listen socket with four acceptor processes, twenty concurrent clients each echoing through it in {packet, 4} and active-once mode, a 2 MB transfer in both directions (sends that wait for room, receives in many pieces), and a socket closed by its owner's death (the peer sees closed).
-module(tcp_server).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2]).
init([]) ->
    {ok, L} = gen_tcp:listen(0, [binary, {packet, 4}, {active, false}, {reuseaddr, true}]),
    [spawn_link(fun() -> acceptor(L) end) || _ <- lists:seq(1, 4)],
    {ok, L}.
handle_call(port, _From, L) -> {reply, inet:port(L), L}.
handle_cast(_, L) -> {noreply, L}.
handle_info(_, L) -> {noreply, L}.
acceptor(L) ->
    case gen_tcp:accept(L) of
        {ok, S} ->
            Pid = spawn(fun() -> receive go -> ok end, echo(S) end),
            ok = gen_tcp:controlling_process(S, Pid),
            Pid ! go,
            acceptor(L);
        {error, closed} -> ok
    end.
echo(S) ->
    ok = inet:setopts(S, [{active, once}]),
    receive
        {tcp, S, <<"quit">>} -> gen_tcp:close(S);
        {tcp, S, Data} -> ok = gen_tcp:send(S, [<<"echo:">>, Data]), echo(S);
        {tcp_closed, S} -> ok
    end.
client(Port, N) ->
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {packet, 4}, {active, false}]),
    Rs = [begin
              ok = gen_tcp:send(C, integer_to_binary(N * 100 + I)),
              {ok, R} = gen_tcp:recv(C, 0, 5000),
              R
          end || I <- lists:seq(1, 5)],
    ok = gen_tcp:send(C, <<"quit">>),
    Closed = gen_tcp:recv(C, 0, 5000),
    gen_tcp:close(C),
    {N, Rs, Closed}.
start() ->
    {ok, Srv} = gen_server:start(?MODULE, [], []),
    {ok, Port} = gen_server:call(Srv, port),
    Self = self(),
    [spawn(fun() -> Self ! {client, client(Port, N)} end) || N <- lists:seq(1, 20)],
    Results = lists:sort([receive {client, R} -> R after 10000 -> timeout end || _ <- lists:seq(1, 20)]),
    %% Bulk transfer on raw sockets.
    {ok, L} = gen_tcp:listen(0, [binary, {active, false}]),
    {ok, P2} = inet:port(L),
    Big = list_to_binary([<<I:32>> || I <- lists:seq(1, 512 * 1024)]),
    spawn(fun() ->
                  {ok, S} = gen_tcp:accept(L),
                  {ok, Got} = gen_tcp:recv(S, byte_size(Big), 10000),
                  ok = gen_tcp:send(S, Got),
                  Self ! {bulk_server, Got =:= Big}
          end),
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, P2, [binary, {active, false}]),
    ok = gen_tcp:send(C, Big),
    {ok, Back} = gen_tcp:recv(C, byte_size(Big), 10000),
    ServerOk = receive {bulk_server, B} -> B end,
    gen_tcp:close(C),
    %% The owner dies: its socket closes.
    Owner = spawn(fun() ->
                          {ok, S} = gen_tcp:accept(L),
                          Self ! accepted,
                          receive never -> S end
                  end),
    {ok, C2} = gen_tcp:connect({127, 0, 0, 1}, P2, [binary, {active, false}]),
    receive accepted -> ok end,
    exit(Owner, kill),
    PeerSees = gen_tcp:recv(C2, 0, 5000),
    gen_tcp:close(C2),
    gen_tcp:close(L),
    {Results, Back =:= Big, ServerOk, PeerSees}.
