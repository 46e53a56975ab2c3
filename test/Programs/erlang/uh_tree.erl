-module(uh_tree).
-export([start/0]).
insert(K, nil) -> {node, nil, K, nil};
insert(K, {node, L, V, R}) when K < V -> {node, insert(K, L), V, R};
insert(K, {node, L, V, R}) when K > V -> {node, L, V, insert(K, R)};
insert(_, T) -> T.
inorder(nil) -> [];
inorder({node, L, V, R}) -> inorder(L) ++ [V] ++ inorder(R).
height(nil) -> 0;
height({node, L, _, R}) -> 1 + max(height(L), height(R)).
member(_, nil) -> false;
member(K, {node, _, K, _}) -> true;
member(K, {node, L, V, _}) when K < V -> member(K, L);
member(K, {node, _, _, R}) -> member(K, R).
start() ->
    Keys = [(X * 37) rem 101 || X <- lists:seq(1, 100)],
    T = lists:foldl(fun insert/2, nil, Keys),
    [inorder(T) =:= lists:usort(Keys), height(T), member(50, T), member(0, T), length(inorder(T)),
     inorder(lists:foldl(fun insert/2, nil, "binary tree"))].
