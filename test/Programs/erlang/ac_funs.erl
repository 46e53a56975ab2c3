%% Typical user code: ac_funs (a differential program in the style of others' programs).
-module(ac_funs).
-export([start/0, double/1]).
double(X) -> 2 * X.
compose(F, G) -> fun(X) -> F(G(X)) end.
counter() -> fun(N) -> fun() -> N + 1 end end.
start() ->
    Add = fun(A, B) -> A + B end,
    Inc = fun(X) -> Add(X, 1) end,
    F = compose(fun double/1, Inc),
    Fact = fun Fac(0) -> 1; Fac(N) -> N * Fac(N - 1) end,
    [F(3), Fact(10), ((counter())(5))(), lists:map(fun ?MODULE:double/1, [1, 2]), erlang:fun_info(Add, arity),
     apply(fun(X, Y) -> X - Y end, [10, 3]), apply(lists, reverse, [[1, 2]]), apply(?MODULE, double, [21]),
     is_function(Add), is_function(Add, 2), is_function(Add, 3), erlang:fun_info(fun double/1, name),
     [G(2) || G <- [fun(X) -> X + 1 end, fun(X) -> X * 10 end]], (fun() -> ok end)(),
     lists:foldl(fun(G, Acc) -> G(Acc) end, 1, [Inc, F, fun double/1]),
     catch Add(1), catch (list_to_atom("not_a_fun"))(1), erlang:fun_info(Inc, type)].
