%% Typical user code: ac_exceptions (a differential program in the style of others' programs).
-module(ac_exceptions).
-export([start/0]).
f(0) -> throw(zero);
f(1) -> error(one);
f(2) -> exit(two);
f(3) -> 1 / (3 - 3);
f(4) -> [] = [x];
f(5) -> case 5 of 6 -> ok end;
f(6) -> if 6 == 7 -> ok end;
f(7) -> (fun(X) -> X end)(1, 2);
f(8) -> apply(nonexistent_mod, f, []);
f(9) -> list_to_atom(123);
f(10) -> element(5, {a});
f(11) -> try error(inner) catch error:inner -> erlang:raise(error, outer, []) end;
f(12) -> try 1 after put(after_ran, yes) end;
f(N) -> {ok, N}.
g(N) -> try f(N) of V -> {value, V} catch C:R:St -> {C, R, length(St) > 0} after ok end.
start() ->
    R = [g(N) || N <- lists:seq(0, 13)],
    [R, catch f(0), catch f(1) =:= ok, get(after_ran),
     try throw(a) catch throw:a -> caught end,
     try exit(x) catch exit:X -> {exit, X} end,
     (catch error(badarg)) =/= ok,
     try error({my, [1,2]}) catch error:{my, L} -> L end,
     try try error(a) after put(k, v) end catch _:_ -> get(k) end,
     try lists:nth(0, [a]) catch error:function_clause:St -> hd(St) end,
     try binary_to_integer(<<"x">>) catch error:badarg:St -> element(1, hd(St)) end].
