%% Stack traces of BIFs reached by tail calls: call_ext_only keeps the caller's frame, a tail apply does not.
-module(stacktrace_tail_bif).
-export([start/0, f/1, g/3, h/1]).
f(X) -> erlang:list_to_existing_atom(X).
g(M, F, A) -> apply(M, F, A).
h(X) -> [erlang:list_to_existing_atom(X)].
t(F) -> try F() catch error:R:St -> {R, [{M,Fn,A} || {M,Fn,A,_} <- St]} end.
start() ->
    [t(fun() -> f(bad) end), t(fun() -> g(erlang, list_to_existing_atom, [bad]) end),
     t(fun() -> h(bad) end), t(fun() -> [g(erlang, '+', [1, a])] end)].
