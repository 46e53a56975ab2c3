%% Protects map construction and update: literals, variable keys, => versus :=, nesting.
-module(maps_construct).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    K = ?MODULE:id(key),
    M0 = #{a => 1, b => 2, K => 3},
    M1 = M0#{a := 10, c => 4},
    M2 = M1#{K => M0},
    M3 = (?MODULE:id(#{}))#{1 => one, 1.0 => float_one, "s" => str, {t} => tuple},
    {M0, M1, M2, M3, map_size(M3), #{}, #{a => 1, a => 2},
     (?MODULE:id(#{x => 1}))#{x => 2}, maps:get(1.0, M3),
     try (?MODULE:id(#{}))#{missing := 1} catch error:R -> R end}.
