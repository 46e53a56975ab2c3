-module(ub_spawn_ring).
-export([start/0]).
node_loop(Next) ->
    receive
        {token, 0, From} -> From ! done;
        {token, N, From} -> Next ! {token, N - 1, From}, node_loop(Next)
    end.
make_ring(0, First) -> First;
make_ring(N, First) -> make_ring(N - 1, spawn(fun() -> node_loop(First) end)).
pmap(F, L) ->
    S = self(),
    Refs = [begin R = make_ref(), spawn(fun() -> S ! {R, F(X)} end), R end || X <- L],
    [receive {R, V} -> V end || R <- Refs].
start() ->
    Self = self(),
    Last = spawn(fun() -> receive {token, _, From} -> From ! done end end),
    First = make_ring(100, Last),
    First ! {token, 100, Self},
    R = receive done -> ring_done after 5000 -> timeout end,
    P = pmap(fun(X) -> X * X end, lists:seq(1, 20)),
    register(my_server, spawn(fun() -> receive {ping, F} -> F ! pong end end)),
    my_server ! {ping, self()},
    Pong = receive pong -> pong after 1000 -> none end,
    W = whereis(nonexistent),
    {R, P, Pong, W, catch nonexistent ! hi}.
