%% Protects gen_tcp's packet framing: {packet, 1|2|4} headers added on send and taken off on receive (passive and active, frames split over several writes and several frames in one), {packet, line} with a line longer than the buffer, the header option in binary mode, a recv length other than 0 refused in a packet mode, a packet type erl does not know refused, and a frame too big for its header (its length cut to the header, as erl sends it).
-module(tcp_packets).
-export([start/0]).
pair(COpts, SOpts) ->
    {ok, L} = gen_tcp:listen(0, [binary, {active, false} | SOpts]),
    {ok, Port} = inet:port(L),
    {ok, C} = gen_tcp:connect({127, 0, 0, 1}, Port, [binary, {active, false} | COpts]),
    {ok, S} = gen_tcp:accept(L, 2000),
    gen_tcp:close(L),
    {C, S}.
recvs(S, N) -> [gen_tcp:recv(S, 0, 2000) || _ <- lists:seq(1, N)].
start() ->
    Framed = [begin
                  {C, S} = pair([{packet, H}], [{packet, raw}]),
                  ok = gen_tcp:send(C, <<"abc">>),
                  ok = gen_tcp:send(C, <<>>),
                  {ok, Raw} = gen_tcp:recv(S, 2 * H + 3, 2000),
                  %% Two frames in one write, then one frame in three writes.
                  Two = <<0:(8 * H - 8), 1, "x", 0:(8 * H - 8), 2, "yz">>,
                  ok = gen_tcp:send(S, Two),
                  ok = gen_tcp:send(S, <<0:(8 * H - 8)>>),
                  timer:sleep(20),
                  ok = gen_tcp:send(S, <<5, "he">>),
                  timer:sleep(20),
                  ok = gen_tcp:send(S, <<"llo">>),
                  Got = recvs(C, 3),
                  BadLen = gen_tcp:recv(C, 3, 100),
                  gen_tcp:close(C), gen_tcp:close(S),
                  {H, Raw, Got, BadLen}
              end || H <- [1, 2, 4]],
    {C1, S1} = pair([{packet, 1}], []),
    TooBig = gen_tcp:send(C1, binary:copy(<<"a">>, 256)),
    gen_tcp:close(C1), gen_tcp:close(S1),
    {C2, S2} = pair([{packet, line}, {buffer, 8}], []),
    ok = gen_tcp:send(S2, <<"short\nlonger than eight\nlast">>),
    ok = gen_tcp:send(S2, <<" line\n">>),
    Lines = recvs(C2, 5),
    ok = inet:setopts(C2, [{active, true}]),
    ok = gen_tcp:send(S2, <<"a\nb\n">>),
    Active = [receive {tcp, C2, D} -> D after 2000 -> timeout end || _ <- [1, 2]],
    gen_tcp:close(C2), gen_tcp:close(S2),
    {C3, S3} = pair([{header, 2}], []),
    ok = gen_tcp:send(S3, <<"hdr+body">>),
    Header = gen_tcp:recv(C3, 8, 2000),
    Unsupported = inet:setopts(C3, [{packet, 3}]),
    gen_tcp:close(C3), gen_tcp:close(S3),
    {Framed, TooBig, Lines, Active, Header, Unsupported}.
