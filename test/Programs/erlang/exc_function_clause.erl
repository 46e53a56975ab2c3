%% Protects function_clause and its top stack frame, which carries the arguments.
-module(exc_function_clause).
-export([start/0, id/1]).

id(X) -> X.

f(1, a) -> one;
f(N, b) when N > 10 -> big.

start() ->
    [try f(?MODULE:id(A), ?MODULE:id(B)) catch error:R:St -> {R, top(St)} end
     || {A, B} <- [{1, a}, {2, a}, {5, b}, {"s", {t}}]]
        ++ [try lists:nth(0, [a]) catch error:R2:St2 -> {R2, top(St2)} end,
            try (fun(0) -> zero end)(?MODULE:id(1)) catch error:R3:St3 -> {R3, element(3, hd(St3))} end].

top([{M, F, ArgsOrArity, _} | _]) -> {M, F, ArgsOrArity}.
