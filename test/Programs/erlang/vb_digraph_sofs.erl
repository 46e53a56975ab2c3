%% Protects digraph/digraph_utils and sofs in ordinary use (paths, topsort, components, relations).
-module(vb_digraph_sofs).
-export([start/0]).
start() ->
    G = digraph:new([acyclic]),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d, e]],
    Es = [digraph:add_edge(G, X, Y) || {X, Y} <- [{a, b}, {b, c}, {a, d}, {d, c}, {c, e}]],
    Cyc = digraph:add_edge(G, e, a),
    G2 = digraph:new(),
    [digraph:add_vertex(G2, V, {label, V}) || V <- [1, 2, 3, 4]],
    digraph:add_edge(G2, 1, 2), digraph:add_edge(G2, 2, 1), digraph:add_edge(G2, 3, 4),
    R = sofs:relation([{a, 1}, {b, 2}, {a, 3}]),
    F = sofs:relation_to_family(R),
    [length(Es), element(1, Cyc), lists:sort(digraph:vertices(G)), digraph:no_edges(G), digraph:get_path(G, a, e),
     digraph:get_path(G, e, a), digraph:get_short_path(G, a, e), lists:sort(digraph:out_neighbours(G, a)),
     lists:sort(digraph:in_neighbours(G, c)), digraph:in_degree(G, c), digraph:out_degree(G, a), digraph_utils:topsort(G),
     digraph_utils:is_acyclic(G), lists:sort(digraph_utils:reachable([b], G)), lists:sort(digraph_utils:reaching([c], G)),
     lists:sort([lists:sort(C) || C <- digraph_utils:components(G2)]), lists:sort([lists:sort(C) || C <- digraph_utils:strong_components(G2)]),
     digraph:vertex(G2, 3), digraph_utils:is_acyclic(G2), lists:sort([lists:sort(C) || C <- digraph_utils:cyclic_strong_components(G2)]),
     digraph:del_vertex(G, c), digraph:get_path(G, a, e), digraph:info(G2) =/= x,
     sofs:to_external(F), sofs:to_external(sofs:domain(R)), sofs:to_external(sofs:range(R)),
     sofs:to_external(sofs:converse(R)), sofs:to_external(sofs:union(sofs:set([1, 2]), sofs:set([2, 3]))),
     sofs:to_external(sofs:intersection(sofs:set([1, 2]), sofs:set([2, 3]))), sofs:no_elements(sofs:set([a, b])),
     sofs:to_external(sofs:image(R, sofs:set([a]))), sofs:to_external(sofs:family_to_relation(F)),
     sofs:is_subset(sofs:set([1]), sofs:set([1, 2])), sofs:to_external(sofs:product(sofs:set([1, 2]), sofs:set([x])))].
