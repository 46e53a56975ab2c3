%% Protects gen_server details: call timeouts, handle_info, noreply+reply/2, stop reasons, multi_call-free registered names.
-module(vb_gen_server2).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
init(N) -> {ok, #{n => N, log => []}}.
handle_call(slow, From, S) -> erlang:send_after(5, self(), {later, From}), {noreply, S};
handle_call(get, _From, S) -> {reply, S, S};
handle_call({add, X}, _From, #{n := N} = S) -> {reply, N + X, S#{n := N + X}};
handle_call(stop, _From, S) -> {stop, normal, stopped, S};
handle_call(hang, _From, S) -> {noreply, S}.
handle_cast({log, X}, #{log := L} = S) -> {noreply, S#{log := [X | L]}}.
handle_info({later, From}, S) -> gen_server:reply(From, late_reply), {noreply, S};
handle_info(Other, #{log := L} = S) -> {noreply, S#{log := [{info, Other} | L]}}.
terminate(_R, _S) -> ok.
start() ->
    {ok, P} = gen_server:start({local, vb_srv}, ?MODULE, 10, []),
    A = gen_server:call(vb_srv, {add, 5}),
    B = gen_server:call(P, slow),
    gen_server:cast(vb_srv, {log, one}),
    vb_srv ! hello,
    C = gen_server:call(P, get),
    D = try gen_server:call(P, hang, 20) catch exit:{timeout, {gen_server, call, _}} -> timeout end,
    E = gen_server:start({local, vb_srv}, ?MODULE, 0, []),
    F = gen_server:call(P, stop),
    timer:sleep(10),
    G = whereis(vb_srv),
    H = try gen_server:call(vb_srv, get) catch exit:{noproc, _} -> noproc end,
    I = gen_server:start(?MODULE, 1, []) =/= x,
    [A, B, C, D, element(1, E), element(1, element(2, E)), F, G, H, I].
