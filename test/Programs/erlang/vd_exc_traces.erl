%% Protects the shapes of caught exceptions with stack traces from this module (frames, arities, line numbers) for common errors.
-module(vd_exc_traces).
-export([start/0, crash/1]).
crash(badmatch) -> {ok, _} = id(error);
crash(case_clause) -> case id(x) of y -> ok end;
crash(function_clause) -> fc(id(3));
crash(if_clause) -> X = id(1), if X > 2 -> ok end;
crash(badarith) -> id(1) + id(a);
crash(badarg) -> element(id(5), {a});
crash(undef) -> (id(nomod)):nofun(1);
crash(badfun) -> (id(notfun))(1);
crash(badarity) -> (id(fun(_, _) -> ok end))(1);
crash(try_clause) -> try id(1) of 2 -> ok catch _ -> no end;
crash(throw) -> throw({my, value});
crash(exit) -> exit(my_exit);
crash(error2) -> erlang:error(my_error, [arg1, arg2]);
crash(nested) -> lists:map(fun(X) -> 10 div X end, [1, 0]);
crash(record) -> R = id(notrec), element(2, R);
crash(map) -> M = id(#{}), maps:get(k, M);
crash(mapupd) -> M = id(#{}), M#{k := 1}.
fc(1) -> one.
id(X) -> X.
frames(St) -> [{M, F, A, proplists:get_value(line, L)} || {M, F, A, L} <- St, M =/= erl_eval, M =/= init].
start() ->
    Cases = [badmatch, case_clause, function_clause, if_clause, badarith, badarg, undef, badfun, badarity, try_clause,
             throw, exit, error2, nested, record, map, mapupd],
    [try crash(C) catch Class:Reason:St -> {C, Class, Reason, frames(St)} end || C <- Cases].
