%% Protects maps:iterator/next and the order of keys, values and to_list for small maps.
-module(maps_iteration).
-export([start/0]).

walk(I) ->
    case maps:next(I) of
        none -> [];
        {K, V, I2} -> [{K, V} | walk(I2)]
    end.

start() ->
    M = #{z => 1, 10 => 2, "str" => 3, {t, 1} => 4, 2.5 => 5, <<"b">> => 6, a => 7},
    {walk(maps:iterator(M)), maps:to_list(M), maps:keys(M), maps:values(M),
     maps:fold(fun(K, _, A) -> [K | A] end, [], M)}.
