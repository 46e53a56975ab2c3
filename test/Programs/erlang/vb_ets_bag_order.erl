%% Protects the order of objects with one key in bag and duplicate_bag tables after single and list inserts.
-module(vb_ets_bag_order).
-export([start/0]).
start() -> [p6(), p7()].
p6() ->
    F = fun(Type, L) -> T = ets:new(x, [Type]), ets:insert(T, L), ets:lookup(T, 1) end,
    [F(bag, [{1, a}, {1, b}, {1, c}]), F(duplicate_bag, [{1, a}, {1, b}, {1, c}]), F(bag, [{1, a}, {2, b}, {1, c}]),
     F(bag, [{3, c}, {1, a}, {2, b}, {1, z}]), F(duplicate_bag, [{3, c}, {1, a}, {2, b}, {1, z}]), F(bag, [{1, a}, {1, a}, {1, b}]),
     F(duplicate_bag, [{1, a}, {1, b}, {1, a}])].
p7() ->
    T = ets:new(x, [bag]), ets:insert(T, {1, x}), ets:insert(T, [{1, a}, {1, b}]), R1 = ets:lookup(T, 1),
    ets:insert(T, [{1, c}, {1, x}, {1, d}]), R2 = ets:lookup(T, 1),
    T2 = ets:new(y, [bag]), ets:insert(T2, [{1, a}, {1, b}]), ets:insert(T2, {1, c}), R3 = ets:lookup(T2, 1), 
    ets:insert(T2, [{1,q}]), R4 = ets:lookup(T2, 1),
    [R1, R2, R3, R4, ets:insert_new(ets:new(z, [bag]), [{1, a}, {1, b}])].
