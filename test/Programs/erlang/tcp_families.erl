%% Protects gen_tcp beyond IPv4 addresses: an inet6 listener on ::1 with an inet6 client (peername as an 8-tuple; a machine without IPv6 answers the same on both VMs), {ip, loopback}, connect to the atom localhost, {packet, line} in active mode, and shutdown(write) seen by the peer as tcp_closed.
-module(tcp_families).
-export([start/0]).
v6() ->
    case gen_tcp:listen(0, [inet6, binary, {active, false}, {ip, {0, 0, 0, 0, 0, 0, 0, 1}}]) of
        {ok, L} ->
            {ok, P} = inet:port(L),
            {ok, C} = gen_tcp:connect({0, 0, 0, 0, 0, 0, 0, 1}, P, [inet6, binary, {active, false}]),
            {ok, S} = gen_tcp:accept(L, 2000),
            ok = gen_tcp:send(C, <<"v6">>),
            R = gen_tcp:recv(S, 0, 2000),
            {ok, {Addr, _}} = inet:peername(S),
            {ok, {Local, _}} = inet:sockname(C),
            [gen_tcp:close(X) || X <- [C, S, L]],
            {R, Addr, Local};
        {error, Reason} ->
            {no_ipv6, Reason}
    end.
start() ->
    V6 = v6(),
    {ok, L} = gen_tcp:listen(0, [{ip, loopback}, {active, true}]),
    {ok, P} = inet:port(L),
    {ok, C} = gen_tcp:connect(localhost, P, [{active, true}, {packet, line}]),
    {ok, S} = gen_tcp:accept(L, 2000),
    ok = gen_tcp:send(S, "a line\nand "),
    ok = gen_tcp:send(S, "another\n"),
    Lines = [receive {tcp, C, D} -> D after 2000 -> timeout end || _ <- [1, 2]],
    ok = gen_tcp:shutdown(S, write),
    Closed = receive {tcp_closed, C} -> closed after 2000 -> timeout end,
    {ok, {Ip, _}} = inet:sockname(L),
    [gen_tcp:close(X) || X <- [S, L]],
    {V6, Lines, Closed, Ip}.
