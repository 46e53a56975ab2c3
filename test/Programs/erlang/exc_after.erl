%% Protects the execution order of try ... after, with and without exceptions.
-module(exc_after).
-export([start/0]).

step(Tag) -> io:format("step ~p~n", [Tag]).

run(F) ->
    try
        step(body),
        F()
    after
        step(after_clause)
    end.

start() ->
    R1 = run(fun() -> ok end),
    R2 = try run(fun() -> throw(t) end) catch throw:X -> {caught, X} end,
    R3 = try
             try error(inner) after step(inner_after) end
         catch error:E -> step(outer_catch), E
         after step(outer_after)
         end,
    R4 = try 1 of V -> V + 1 after step(of_after) end,
    {R1, R2, R3, R4}.
