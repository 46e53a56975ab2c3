%% Protects erlang:raise/3: re-raising with the original class, reason and a given stack.
-module(exc_raise).
-export([start/0]).

rethrow(F) ->
    try F() catch C:R:St -> erlang:raise(C, {wrapped, R}, St) end.

start() ->
    Stack = [{mod, fn, 2, [{file, "x.erl"}, {line, 9}]}],
    [try erlang:raise(throw, t, Stack) catch C:R:St -> {C, R, St} end,
     try erlang:raise(exit, e, []) catch C2:R2:St2 -> {C2, R2, St2} end,
     try erlang:raise(error, r, Stack) catch C3:R3:St3 -> {C3, R3, St3} end,
     try rethrow(fun() -> exit(inner) end) catch C4:R4 -> {C4, R4} end,
     erlang:raise(bogus_class, r, []), erlang:raise(error, r, not_a_stack)].
