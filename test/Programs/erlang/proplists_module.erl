%% Protects proplists: lookups, defaults, boolean shorthand, expansion and normalisation.
-module(proplists_module).
-export([start/0]).

start() ->
    P = [{a, 1}, b, {c, 3}, {a, 2}, {d, false}, e],
    {proplists:get_value(a, P), proplists:get_value(z, P), proplists:get_value(z, P, dflt),
     proplists:get_all_values(a, P), proplists:get_bool(b, P), proplists:get_bool(d, P),
     proplists:lookup(c, P), proplists:lookup_all(a, P), proplists:is_defined(e, P),
     proplists:delete(a, P), proplists:get_keys(P), proplists:compact(P), proplists:unfold(P),
     proplists:expand([{e, [{x, 1}, y]}], P), proplists:split(P, [a, e]),
     proplists:substitute_aliases([{b, bee}], P), proplists:to_map(P),
     proplists:from_map(#{k => v})}.
