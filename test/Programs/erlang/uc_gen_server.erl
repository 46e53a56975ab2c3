-module(uc_gen_server).
-behaviour(gen_server).
-export([start/0, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).
init(N) -> {ok, #{count => N, log => []}}.
handle_call(get, _From, S) -> {reply, maps:get(count, S), S};
handle_call({add, X}, _From, S = #{count := C}) -> {reply, ok, S#{count := C + X}};
handle_call(crash, _From, _S) -> error(deliberate);
handle_call(stop, _From, S) -> {stop, normal, stopped, S}.
handle_cast({log, M}, S = #{log := L}) -> {noreply, S#{log := [M | L]}}.
handle_info(Msg, S = #{log := L}) -> {noreply, S#{log := [{info, Msg} | L]}}.
terminate(_, _) -> ok.
start() ->
    {ok, Pid} = gen_server:start(?MODULE, 10, []),
    ok = gen_server:call(Pid, {add, 5}),
    gen_server:cast(Pid, {log, hello}),
    Pid ! raw_message,
    V = gen_server:call(Pid, get),
    {ok, P2} = gen_server:start({local, uc_named}, ?MODULE, 0, []),
    V2 = gen_server:call(uc_named, get),
    St = sys:get_state(Pid),
    Stop = gen_server:call(Pid, stop),
    timer:sleep(10),
    Alive = is_process_alive(Pid),
    R = try gen_server:call(Pid, get) catch exit:{noproc, _} -> noproc end,
    T = try gen_server:call(P2, get, 0) catch exit:{timeout, _} -> timeout; _:_ -> other end,
    {V, V2, St, Stop, Alive, R, T}.
