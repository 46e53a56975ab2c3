%% Protects guard evaluation: exceptions inside guards make the guard fail silently.
-module(exc_in_guards).
-export([start/0]).

g(X) when hd(X) > 0 -> head_positive;
g(X) when 1 / X > 0.5 -> small_positive;
g(X) when element(2, X) =:= b -> second_b;
g(X) when length(X) > 2; map_size(X) > 0 -> long_or_map;
g(_) -> fallback.

start() ->
    [g(V) || V <- [[1], [-1, 2, 3], 1, 0, 4, {a, b}, {a}, #{k => v}, #{}, [-5], atom]].
