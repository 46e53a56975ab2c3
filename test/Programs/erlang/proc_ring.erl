%% Protects many processes: a ring of 200 processes passing a counter token 20 times around.
-module(proc_ring).
-export([start/0]).

node_loop(Next) ->
    receive
        {token, 0, Owner} -> Owner ! {done, Next}, ok;
        {token, N, Owner} -> Next ! {token, N - 1, Owner}, node_loop(Next)
    end.

make_ring(0, Next) -> Next;
make_ring(N, Next) -> make_ring(N - 1, spawn(fun() -> node_loop(Next) end)).

start() ->
    Self = self(),
    Last = spawn(fun() -> receive {link, First} -> node_loop(First) end end),
    First = make_ring(199, Last),
    Last ! {link, First},
    First ! {token, 200 * 20, Self},
    receive {done, _} -> {ring_done, 200 * 20} after 10000 -> timeout end.
