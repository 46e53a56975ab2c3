%% Protects the array module: fixed and growing arrays, defaults, sparse folds and resizing.
-module(array_module).
-export([start/0]).

start() ->
    A = array:from_list([a, b, c]),
    B = array:set(10, z, A),
    F = array:fix(array:new(5, {default, 0})),
    {array:size(A), array:get(1, A), array:size(B), array:get(7, B), array:to_list(B),
     array:sparse_to_orddict(B), array:foldl(fun(I, V, Acc) -> [{I, V} | Acc] end, [], A),
     array:to_list(array:map(fun(I, V) -> {I, V} end, A)), array:is_fix(F),
     try array:set(7, x, F) catch error:R -> R end, array:to_list(array:resize(2, A)),
     array:get(99999, array:set(99999, deep, array:new())), array:default(F),
     array:sparse_size(B), array:to_list(array:reset(1, A))}.
