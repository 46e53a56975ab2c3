-module(ub_digraph).
-export([start/0]).
start() ->
    G = digraph:new(),
    [digraph:add_vertex(G, V) || V <- [a, b, c, d, e]],
    digraph:add_edge(G, a, b), digraph:add_edge(G, b, c), digraph:add_edge(G, c, d), digraph:add_edge(G, a, d),
    digraph:add_edge(G, d, e),
    R = [lists:sort(digraph:vertices(G)), length(digraph:edges(G)), digraph:get_path(G, a, e), digraph:get_short_path(G, a, e),
         lists:sort(digraph:out_neighbours(G, a)), lists:sort(digraph:in_neighbours(G, d)), digraph:out_degree(G, a),
         digraph:in_degree(G, e), digraph_utils:topsort(G), lists:sort(digraph_utils:reachable([b], G)),
         digraph_utils:is_acyclic(G), digraph:no_vertices(G), digraph:no_edges(G), digraph:vertex(G, c), digraph:vertex(G, zz)],
    digraph:delete(G),
    R.
