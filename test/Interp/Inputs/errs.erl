%% Uncaught errors of each shape, raised from compiled code (see errors.test).
-module(errs).
-export([start/1, id/1]).
-record(r, {a}).

id(X) -> X.

start(badmatch) -> {ok, _} = id(error);
start(function_clause) -> clause(id(3));
start(badarity) -> (id(fun(X) -> X end))(1, 2);
start(badfun) -> (id(not_a_fun))();
start(badkey) -> #{a := _} = id(#{}), maps:get(b, id(#{}));
start(badrecord) -> (id(x))#r.a;
start(error3) -> erlang:error(why, [1, 2], [{error_info, #{cause => me}}]);
start(nested) -> try id(1) / id(0) catch error:E -> exit({wrapped, E, [x, "text"]}) end.

clause(1) -> one.
