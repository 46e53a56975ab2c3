%% Protects try/catch selecting on class: error, exit and throw, and the default class throw.
-module(exc_classes).
-export([start/0]).

classify(F) ->
    try F() of
        V -> {returned, V}
    catch
        throw:T -> {thrown, T};
        exit:E -> {exited, E};
        error:R -> {errored, R}
    end.

only_throw(F) ->
    try F() catch X -> {caught_default, X} end.

start() ->
    [classify(fun() -> 42 end), classify(fun() -> throw(ball) end),
     classify(fun() -> exit(gone) end), classify(fun() -> error(broken) end),
     classify(fun() -> erlang:error({complex, [1, 2]}) end),
     only_throw(fun() -> throw({a, b}) end),
     try only_throw(fun() -> error(not_thrown) end) catch error:W -> {outer, W} end].
