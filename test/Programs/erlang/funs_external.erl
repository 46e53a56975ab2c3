%% Protects external funs (fun M:F/A with literal and variable parts) and fun_info on them.
-module(funs_external).
-export([start/0, double/1]).

double(X) -> 2 * X.

start() ->
    F1 = fun lists:reverse/1,
    M = lists, Fn = seq, A = 2,
    F2 = fun M:Fn/A,
    F3 = fun ?MODULE:double/1,
    F4 = fun erlang:'+'/2,
    {F1([1, 2, 3]), F2(1, 4), F3(21), F4(2, 3), lists:map(fun ?MODULE:double/1, [1, 2]),
     erlang:fun_info(F2, module), erlang:fun_info(F2, name), erlang:fun_info(F2, arity),
     erlang:fun_info(F2, type), is_function(F1), is_function(F1, 1), is_function(F1, 2),
     F1 =:= fun lists:reverse/1, F3 == fun funs_external:double/1}.
