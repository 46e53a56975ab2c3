%% Protects map patterns in function heads and case, including bound-variable keys.
-module(maps_match).
-export([start/0]).

kind(#{type := circle, r := R}) -> {circle, R * R};
kind(#{type := square, side := S}) -> {square, S * S};
kind(#{type := T}) -> {unknown, T};
kind(#{}) -> untyped;
kind(_) -> not_a_map.

lookup(K, M) ->
    case M of
        #{K := V} -> {found, V};
        #{} -> missing
    end.

start() ->
    Ms = [#{type => circle, r => 2}, #{type => square, side => 3, extra => 1},
          #{type => hexagon}, #{r => 1}, [type]],
    {[kind(M) || M <- Ms], lookup(b, #{a => 1, b => 2}), lookup(z, #{a => 1}),
     lookup(1, #{1.0 => float}), lookup({k}, #{{k} => tuple_key}),
     [V || #{v := V} <- [#{v => 1}, #{w => 2}, #{v => 3}]]}.
