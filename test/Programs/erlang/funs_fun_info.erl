%% Protects erlang:fun_info/2 and equality on local funs (names, arity, env, type).
-module(funs_fun_info).
-export([start/0]).

make(N) -> fun(X) -> X + N end.

start() ->
    F = make(1),
    G = make(1),
    H = make(2),
    Z = fun() -> zero end,
    {erlang:fun_info(F, arity), erlang:fun_info(F, module), erlang:fun_info(F, type),
     erlang:fun_info(F, env), erlang:fun_info(F, name), erlang:fun_info(Z, arity),
     erlang:fun_info(Z, name), F == G, F =:= H, F(1) + G(1) + H(1), is_function(Z, 0)}.
