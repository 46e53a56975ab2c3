%% Protects undef for missing modules and functions, with its {M,F,Args} top frame.
-module(exc_undef).
-export([start/0, id/1]).

id(X) -> X.

top(St) -> hd(St).

start() ->
    M = ?MODULE:id(no_such_mod_abc),
    F = ?MODULE:id(no_such_fun),
    [try M:f(1, 2) catch error:R:St -> {R, top(St)} end,
     try ?MODULE:F() catch error:R2:St2 -> {R2, top(St2)} end,
     try lists:F(a) catch error:R3:St3 -> {R3, top(St3)} end,
     try (fun M:F/3)(a, b, c) catch error:R4:St4 -> {R4, top(St4)} end].
