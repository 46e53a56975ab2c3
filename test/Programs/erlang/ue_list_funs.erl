-module(ue_list_funs).
-export([start/0]).
compose(Fs) -> lists:foldr(fun(F, Acc) -> fun(X) -> F(Acc(X)) end end, fun(X) -> X end, Fs).
curry(F) -> fun(A) -> fun(B) -> F(A, B) end end.
memo(F) -> fun(X) -> case get({memo, X}) of undefined -> V = F(X), put({memo, X}, V), V; V -> V end end.
start() ->
    Inc = fun(X) -> X + 1 end, Dbl = fun(X) -> X * 2 end,
    Add = curry(fun erlang:'+'/2),
    Sq = memo(fun(X) -> X * X end),
    [(compose([Inc, Dbl]))(5), (compose([Dbl, Inc]))(5), ((Add(2))(3)), [Sq(X) || X <- [3, 3, 4]],
     lists:foldl(fun(F, A) -> F(A) end, 1, lists:duplicate(10, Dbl)), lists:map(Add(10), [1, 2]),
     lists:filter(fun erlang:is_atom/1, [a, 1, b]), lists:zipwith(fun erlang:max/2, [1, 5], [3, 2]),
     [F(16) || F <- [fun math:sqrt/1, fun erlang:float/1, fun integer_to_list/1]],
     lists:foldr(fun(X, Acc) -> Acc ++ [X] end, [], [1, 2, 3]), erlang:fun_info(Inc, arity), erlang:fun_info(Add, env) =/= []].
