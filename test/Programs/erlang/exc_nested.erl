%% Protects nested try blocks: rethrowing from catch clauses and exceptions inside after.
-module(exc_nested).
-export([start/0]).

level(0) -> throw(bottom);
level(N) ->
    try level(N - 1)
    catch throw:X when N rem 2 =:= 0 -> throw({N, X})
    end.

start() ->
    A = try level(5) catch throw:T -> T end,
    B = try
            try error(first) catch error:first -> error(second) end
        catch error:E -> E
        end,
    C = try
            try throw(x) after (fun() -> ok end)() end
        catch throw:x -> got_x
        end,
    D = try
            try throw(x) after error(from_after) end
        catch C1:R1 -> {C1, R1}
        end,
    {A, B, C, D}.
