%% Protects error/2 and error/3: the argument list appears in the top stack frame.
-module(exc_error_args).
-export([start/0, check/2]).

check(A, B) when A > B -> error(too_big, [A, B]);
check(A, _) -> A.

top([Frame | _]) -> Frame.

start() ->
    [try check(5, 1) catch error:R:St -> {M, F, Args, _} = top(St), {R, M, F, Args} end,
     try error(custom, none) catch error:R2:St2 -> {_, _, A2, _} = top(St2), {R2, A2} end,
     try error(with_info, [1], [{error_info, #{module => x}}])
     catch error:R3:St3 ->
         {_, _, A3, Info} = top(St3),
         {R3, A3, lists:keyfind(error_info, 1, Info)}
     end,
     check(1, 2)].
