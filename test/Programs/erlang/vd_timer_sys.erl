%% Protects timer's server functions (send_interval, apply_after, cancel), sys on a gen_server, hibernation (gen_server and erlang:hibernate/3), send_nosuspend, spawn_opt.
-module(vd_timer_sys).
-export([start/0, loop/0, handle_call/3, init/1, handle_cast/2]).
t(F) -> try F() catch C:R -> {C, R} end.
loop() -> receive {get, F} -> F ! got, loop(); stop -> ok end.
init(X) -> {ok, X}.
handle_call(get, _, S) -> {reply, S, S, hibernate};
handle_call({set, V}, _, _) -> {reply, ok, V}.
handle_cast(_, S) -> {noreply, S, hibernate}.
start() ->
    {ok, G} = gen_server:start(?MODULE, 5, []),
    Self = self(),
    [t(fun() -> {ok, T} = timer:send_interval(5, iv), L = [receive iv -> iv after 500 -> late end || _ <- [1, 2, 3]], timer:cancel(T), L end),
     t(fun() -> {ok, _} = timer:apply_after(5, erlang, send, [Self, applied]), receive applied -> applied after 500 -> late end end),
     t(fun() -> {ok, T} = timer:send_after(50, never), {timer:cancel(T), receive never -> got after 80 -> none end} end),
     t(fun() -> {ok, _} = timer:apply_interval(5, erlang, send, [Self, ai]), [receive ai -> ai after 500 -> late end || _ <- [1, 2]] end),
     t(fun() -> sys:get_state(G) end), t(fun() -> gen_server:call(G, get) end), t(fun() -> sys:replace_state(G, fun(S) -> S * 2 end) end),
     t(fun() -> gen_server:cast(G, x), gen_server:call(G, get) end), t(fun() -> sys:suspend(G), sys:resume(G), gen_server:call(G, get) end),
     t(fun() -> element(1, sys:get_status(G)) end), t(fun() -> sys:statistics(G, get) end),
     t(fun() -> P = spawn_opt(?MODULE, loop, [], [{priority, high}, {min_heap_size, 1000}, link]), P ! stop, ok end),
     t(fun() -> {P, R} = spawn_opt(fun() -> ok end, [monitor]), receive {'DOWN', R, process, P, W} -> W after 500 -> late end end),
     t(fun() -> P = spawn(fun() -> erlang:hibernate(?MODULE, loop, []) end), timer:sleep(5), P ! {get, Self}, receive got -> P ! stop, got after 500 -> late end end),
     t(fun() -> {P, R} = spawn_monitor(fun() -> erlang:hibernate(erlang, exit, [woke]) end), P ! wake, receive {'DOWN', R, process, P, W} -> W after 500 -> late end end),
     t(fun() -> erlang:send_nosuspend(self(), x) end), t(fun() -> receive x -> gotx after 0 -> none end end),
     t(fun() -> erlang:send_nosuspend(self(), y, [noconnect]) end), t(fun() -> receive y -> goty after 0 -> none end end),
     t(fun() -> gen_server:stop(G) end)].
