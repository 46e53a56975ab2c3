-module(ub_try_after).
-export([start/0]).
log(X) -> put(log, [X | case get(log) of undefined -> []; L -> L end]).
risky(N) ->
    try
        log({start, N}),
        case N of
            1 -> throw(one);
            2 -> error(two);
            3 -> exit(three);
            4 -> {ok, N}
        end
    of
        {ok, V} -> log({ok, V}), V * 10
    catch
        throw:T -> log({thrown, T}), {t, T};
        error:E when is_atom(E) -> log({error, E}), {e, E}
    after
        log({'after', N})
    end.
nested() ->
    try
        try error(inner) after log(inner_after) end
    catch error:inner ->
        try throw(again) catch throw:again -> log(recovered), recovered end
    after log(outer_after)
    end.
start() ->
    R = [catch risky(N) || N <- [1, 2, 3, 4]],
    N = nested(),
    C = catch (try exit(x) after log(exit_after) end),
    Reraise = try try error({a, 1}) catch Cl:Re:St -> erlang:raise(Cl, {re, Re}, St) end catch error:{re, X} -> X end,
    BadRaise = erlang:raise(bad_class, x, []),
    Caught = (catch throw(plain)),
    Err = (catch error(err)),
    {R, N, C, Reraise, BadRaise, Caught, element(1, Err), lists:reverse(get(log))}.
