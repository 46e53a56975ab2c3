%% Protects complex patterns: nesting, aliases, repeated variables, literals and string prefixes.
-module(case_patterns).
-export([start/0]).

m({X, X}) -> same;
m({a, [H | _] = L}) -> {list_head, H, length(L)};
m({point, X, Y} = P) when X =:= Y -> {diagonal, P};
m("GET " ++ Path) -> {get, Path};
m(<<"POST ", Path/binary>>) -> {post, Path};
m([_, _, _]) -> three;
m({_, {_, {deep, V}}}) -> {deep, V};
m(#{key := [_ | _] = V}) -> {map_list, V};
m(1.0) -> float_one;
m(1) -> int_one;
m(-5) -> minus_five;
m(18446744073709551616) -> two_pow_64;
m('quoted atom') -> quoted;
m([]) -> nil;
m(_) -> other.

start() ->
    [m(V) || V <- [{1, 1}, {1, 2}, {a, [x, y]}, {point, 3, 3}, {point, 1, 2}, "GET /index",
                   <<"POST /form">>, [1, 2, 3], {0, {0, {deep, d}}}, #{key => [k]}, #{key => []},
                   1.0, 1, -5, 1 bsl 64, 'quoted atom', [], "GE"]].
