%% Protects the top frame {M,F,Arity} of stack traces for errors raised in various places.
-module(exc_stacktrace_top).
-export([start/0, id/1, crash/1]).

id(X) -> X.

crash(X) -> X + 1.

deep(0) -> error(at_bottom);
deep(N) -> [deep(N - 1)].

top(F) ->
    try F()
    catch _:R:St ->
        [{M, Fn, A, _} | _] = St,
        {R, M, Fn, if is_list(A) -> length(A); true -> A end}
    end.

start() ->
    [top(fun() -> crash(?MODULE:id(a)) end), top(fun() -> deep(3) end),
     top(fun() -> element(5, ?MODULE:id({})) end), top(fun() -> lists:sum(?MODULE:id([a])) end),
     top(fun() -> binary_to_atom(?MODULE:id(1)) end), top(fun() -> exit(x) end)].
