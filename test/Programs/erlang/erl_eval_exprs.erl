%% Protects erl_eval: evaluating parsed expressions with bindings, funs, case and exceptions.
-module(erl_eval_exprs).
-export([start/0]).

eval(Src, Bindings) ->
    {ok, Toks, _} = erl_scan:string(Src),
    {ok, Exprs} = erl_parse:parse_exprs(Toks),
    {value, V, B} = erl_eval:exprs(Exprs, Bindings),
    {V, lists:sort(erl_eval:bindings(B))}.

start() ->
    B0 = erl_eval:add_binding('X', 10, erl_eval:new_bindings()),
    [eval("Y = X * 2, Y + 1.", B0),
     eval("lists:map(fun(E) -> E * X end, [1, 2, 3]).", B0),
     eval("case X of 10 -> ten; _ -> other end.", B0),
     eval("(fun Fact(0) -> 1; Fact(N) -> N * Fact(N - 1) end)(20).", []),
     eval("try throw(oops) catch throw:E -> {caught, E} end.", []),
     eval("<<A:4, B:4>> = <<16#AB>>, {A, B}.", []),
     eval("M = #{k => 1}, M#{k := 2, j => 3}.", []),
     eval("[Z || Z <- lists:seq(1, 10), Z rem 2 == 0].", []),
     try eval("1 + a.", []) catch error:R -> R end].
