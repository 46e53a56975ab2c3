%% Protects the old-style catch expression for all three classes.
-module(exc_catch_expr).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    A = catch throw(thrown),
    B = catch exit(exited),
    {'EXIT', {C, [Top | _]}} = catch error(errored),
    {'EXIT', {badarith, _}} = catch 1 / ?MODULE:id(0),
    D = catch 10,
    E = (catch ?MODULE:id(5)) + 1,
    {A, B, C, element(1, Top), element(2, Top), D, E, catch {ok, nested}}.
