%% Protects tail calls: millions of self, mutual and external tail calls in constant stack.
-module(tail_calls).
-export([start/0, ext_loop/2]).

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + N).

is_even(0) -> true;
is_even(N) -> is_odd(N - 1).
is_odd(0) -> false;
is_odd(N) -> is_even(N - 1).

ext_loop(0, Acc) -> Acc;
ext_loop(N, Acc) -> ?MODULE:ext_loop(N - 1, Acc bxor N).

fun_loop(F, 0, Acc) -> F(Acc);
fun_loop(F, N, Acc) -> fun_loop(F, N - 1, Acc + 1).

start() ->
    {loop(3000000, 0), is_even(1000001), ext_loop(1000000, 0), fun_loop(fun(X) -> X * 2 end, 500000, 0)}.
