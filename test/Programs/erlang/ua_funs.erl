-module(ua_funs).
-export([start/0, double/1, apply_twice/2]).
double(X) -> X * 2.
apply_twice(F, X) -> F(F(X)).
make_counter(N) -> fun() -> N + 1 end.
adder(N) -> fun(X) -> X + N end.
compose(F, G) -> fun(X) -> F(G(X)) end.
start() ->
    D = fun ?MODULE:double/1,
    L = fun lists:reverse/1,
    Add3 = adder(3),
    Fact = fun Fac(0) -> 1; Fac(N) -> N * Fac(N - 1) end,
    [D(4), apply_twice(D, 3), L([1, 2]), (make_counter(5))(), Add3(4), (compose(D, Add3))(1), Fact(20),
     apply(?MODULE, double, [21]), apply(fun(A, B) -> A - B end, [10, 3]), apply(lists, seq, [1, 3]),
     erlang:fun_info(D, arity), erlang:fun_info(D, module), erlang:fun_info(D, name), erlang:fun_info(D, type),
     erlang:fun_info(Add3, arity), erlang:fun_info(Add3, type), erlang:fun_info(Add3, module), is_function(D), is_function(D, 1),
     is_function(D, 2), lists:map(fun erlang:abs/1, [-1, 2]), erlang:fun_info(fun erlang:abs/1, type),
     catch (fun(X) -> X end)(1, 2), catch D(a), [F(2) || F <- [D, Add3, fun(X) -> X * X end]],
     element(2, erlang:fun_info(Add3, env)), D == fun ?MODULE:double/1, is_function(Fact, 1)].
