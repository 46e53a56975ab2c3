%% Protects deep non-tail recursion: the stack must grow to hundreds of thousands of frames.
-module(lists_deep_recursion).
-export([start/0]).

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

mapsq([]) -> [];
mapsq([H | T]) -> [H * H | mapsq(T)].

append([], L) -> L;
append([H | T], L) -> [H | append(T, L)].

start() ->
    L = lists:seq(1, 400000),
    M = mapsq(L),
    {len(L), lists:sum(M), len(append(L, L)), lists:last(M)}.
