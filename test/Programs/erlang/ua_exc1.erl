-module(ua_exc1).
-export([start/0]).
f(throw) -> throw(t);
f(error) -> error(e);
f(exit) -> exit(x);
f(badmatch) -> 1 = length([a, b]);
f(badarith) -> 1 / zero();
f(function_clause) -> g(3);
f(case_clause) -> case zero() of 1 -> ok end;
f(if_clause) -> Z = zero(), if Z > 1 -> ok end;
f(undef) -> nomod:nofun();
f(badfun) -> (zero())();
f(badarity) -> (fun(X) -> X end)();
f(try_clause) -> try zero() of 1 -> ok after ok end;
f(error2) -> error(reason, [a, b]);
f(badkey) -> maps:get(k, #{});
f(badmap) -> (zero())#{a => 1};
f(noproc) -> gen_server:call(nonexistent_server_name, hi).
g(1) -> one.
zero() -> 0.
start() ->
    Kinds = [throw, error, exit, badmatch, badarith, function_clause, case_clause, if_clause, undef, badfun, badarity,
             try_clause, error2, badkey, badmap],
    R = [try f(K) catch C:E:St -> {K, C, E, element(1, hd(St)), element(2, hd(St))} end || K <- Kinds],
    Caught = [catch f(K) || K <- [throw, error, exit]],
    Nested = try try throw(inner) catch throw:inner -> throw(outer) end catch throw:X -> {caught, X} end,
    After = try put(k, 0), ok after put(k, done) end,
    Re = try try error(orig) catch error:O:S -> erlang:raise(error, {wrapped, O}, S) end catch error:W -> W end,
    {R, Caught, Nested, After, get(k), Re}.
