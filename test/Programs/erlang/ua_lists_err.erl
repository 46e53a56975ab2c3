-module(ua_lists_err).
-export([start/0]).
t(F) -> try F() of V -> {ok, V} catch C:R:St -> {C, R, case St of [{M, Fn, A, _} | _] -> {M, Fn, if is_list(A) -> length(A); true -> A end}; _ -> St end} end.
start() ->
    [t(fun() -> lists:nth(0, [a]) end), t(fun() -> lists:nth(5, [a]) end), t(fun() -> lists:last([]) end),
     t(fun() -> lists:max([]) end), t(fun() -> lists:sum([a]) end), t(fun() -> lists:seq(1, -5) end),
     t(fun() -> lists:sublist(x, 1) end), t(fun() -> lists:reverse(x) end), t(fun() -> lists:map(x, [1]) end),
     t(fun() -> lists:foldl(fun(_, _) -> erlang:error(boom) end, 0, [1]) end), t(fun() -> lists:keyfind(a, 0, [{a}]) end),
     t(fun() -> lists:member(a, b) end), t(fun() -> lists:zip([1], [1, 2]) end), t(fun() -> lists:split(5, [1]) end),
     t(fun() -> lists:duplicate(-1, a) end), t(fun() -> length([a | b]) end), t(fun() -> hd([]) end), t(fun() -> tl([]) end),
     t(fun() -> [1] ++ a end), t(fun() -> a ++ [1] end), t(fun() -> [1, 2] -- a end), t(fun() -> lists:append(a, b) end),
     t(fun() -> lists:flatten(a) end), t(fun() -> lists:usort(a) end), t(fun() -> lists:sort(fun(_, _) -> true end, a) end),
     t(fun() -> element(5, {a}) end), t(fun() -> setelement(0, {a}, b) end), t(fun() -> list_to_atom([1 | a]) end),
     t(fun() -> lists:nthtail(3, [1]) end), t(fun() -> lists:delete(a, b) end)].
