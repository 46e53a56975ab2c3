-module(uc_apply).
-export([start/0, f0/0, f1/1, f2/2]).
f0() -> zero.
f1(X) -> {one, X}.
f2(X, Y) -> {two, X, Y}.
dispatch(Name, Args) -> apply(?MODULE, Name, Args).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    M = ?MODULE,
    Fs = [{f0, []}, {f1, [a]}, {f2, [a, b]}],
    [[dispatch(N, A) || {N, A} <- Fs], M:f1(x), (fun M:f2/2)(1, 2), erlang:apply(fun f1/1, [y]),
     t(fun() -> dispatch(f3, []) end), t(fun() -> apply(M, f1, [1, 2]) end), t(fun() -> apply(nomodule, f, []) end),
     t(fun() -> apply(fun(X) -> X end, [1, 2]) end), t(fun() -> apply(M, "f1", [1]) end), t(fun() -> apply(M, f1, notalist) end),
     t(fun() -> (list_to_atom("uc_apply")):f0() end), t(fun() -> Fun = 42, Fun(1) end),
     erlang:fun_to_list(fun M:f1/1), lists:map(fun M:f1/1, [1, 2]), [apply(erlang, Op, [6, 3]) || Op <- ['+', '-', '*', 'div', '/']],
     apply(lists, foldl, [fun erlang:'+'/2, 0, [1, 2, 3]]), erlang:apply(erlang, element, [1, {x}])].
