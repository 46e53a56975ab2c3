%% Protects boolean guard composition: ',', ';', andalso, orelse, and, or, xor, not.
-module(guards_boolean).
-export([start/0]).

a(X) when X > 0, X < 10 -> in_range;
a(X) when X < 0; X > 100 -> out;
a(_) -> between.

b(X, Y) when X andalso Y -> both;
b(X, Y) when X orelse Y -> one;
b(_, _) -> neither.

c(X, Y) when X xor Y -> exactly_one;
c(X, Y) when not (X or Y) -> none_true;
c(X, Y) when X and Y -> all_true.

d(X) when is_list(X) andalso length(X) > 1 orelse is_tuple(X) -> list_or_tuple;
d(_) -> no.

start() ->
    {[a(V) || V <- [5, -1, 500, 50]],
     [b(X, Y) || X <- [true, false], Y <- [true, false]],
     [c(X, Y) || X <- [true, false], Y <- [true, false]],
     [d(V) || V <- [[1, 2], [1], {}, a]],
     [X andalso Y || X <- [true, false], Y <- [true, false]],
     false andalso not_a_boolean, true orelse not_a_boolean,
     try (fun(X) -> X and true end)(maybe) catch error:R -> R end,
     try not 3 catch error:R2 -> R2 end}.
