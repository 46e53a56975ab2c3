%% Protects badarith from division by zero, non-numbers and float overflow.
-module(arith_badarith).
-export([start/0, id/1]).

try_it(F) ->
    try F() catch C:R -> {C, R} end.

start() ->
    Zero = ?MODULE:id(0),
    A = ?MODULE:id(a),
    Big = ?MODULE:id(1.0e308),
    [try_it(fun() -> 1 / Zero end),
     try_it(fun() -> 1 div Zero end),
     try_it(fun() -> 1 rem Zero end),
     try_it(fun() -> (1 bsl 80) div Zero end),
     try_it(fun() -> A + 1 end),
     try_it(fun() -> 1 - A end),
     try_it(fun() -> -A end),
     try_it(fun() -> Big * 10 end),
     try_it(fun() -> 1.5 div ?MODULE:id(1) end),
     try_it(fun() -> 1 band ?MODULE:id(1.0) end),
     try_it(fun() -> ?MODULE:id(1) bsl ?MODULE:id(a) end),
     try_it(fun() -> 1.0 / 0.0 end),
     try_it(fun() -> bnot A end)].

id(X) -> X.
