%% Protects boolean operators as expressions, including badarg on non-boolean operands.
-module(bool_ops).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    Bs = [true, false],
    {[{A and B, A or B, A xor B, not A} || A <- Bs, B <- Bs],
     [try ?MODULE:id(X) and true catch error:E -> E end || X <- [1, nil, []]],
     ?MODULE:id(false) andalso error(not_evaluated), ?MODULE:id(true) orelse error(not_evaluated),
     ?MODULE:id(true) andalso 42, ?MODULE:id(false) orelse "any term",
     try ?MODULE:id(1) andalso true catch error:R -> R end}.
