%% Protects map error shapes: {badkey,K}, {badmap,M} from BIFs, updates and maps functions.
-module(maps_errors).
-export([start/0, id/1]).

id(X) -> X.

t(F) -> try F() catch C:R -> {C, R} end.

start() ->
    M = ?MODULE:id(#{a => 1}),
    NotMap = ?MODULE:id([a]),
    [t(fun() -> maps:get(b, M) end), t(fun() -> M#{b := 2} end),
     t(fun() -> NotMap#{a => 1} end), t(fun() -> NotMap#{a := 1} end),
     t(fun() -> maps:get(a, NotMap) end), t(fun() -> map_size(NotMap) end),
     t(fun() -> maps:update(z, 1, M) end), t(fun() -> maps:keys(NotMap) end),
     t(fun() -> maps:merge(M, NotMap) end), t(fun() -> maps:from_list([a]) end),
     t(fun() -> #{a := X} = ?MODULE:id(#{}), X end), t(fun() -> map_get(q, M) end)].
