-module(ug_inventory).
-export([start/0]).
-record(item, {sku, name, qty = 0, price = 0.0}).
add(Inv, #item{sku = S} = I) -> lists:keystore(S, #item.sku, Inv, I).
restock(Inv, Sku, N) ->
    case lists:keyfind(Sku, #item.sku, Inv) of
        false -> {error, {unknown_sku, Sku}};
        I -> {ok, lists:keyreplace(Sku, #item.sku, Inv, I#item{qty = I#item.qty + N})}
    end.
value(Inv) -> lists:sum([Q * P || #item{qty = Q, price = P} <- Inv]).
report(Inv) -> [io_lib:format("~-6s ~-10s ~4b ~8.2f~n", [S, N, Q, P]) || #item{sku = S, name = N, qty = Q, price = P} <- lists:keysort(#item.name, Inv)].
start() ->
    Inv0 = lists:foldl(fun(I, A) -> add(A, I) end, [], [#item{sku = "A1", name = "bolt", qty = 100, price = 0.05},
        #item{sku = "B2", name = "nut", qty = 250, price = 0.02}, #item{sku = "C3", name = "gear", qty = 3, price = 12.5}]),
    {ok, Inv1} = restock(Inv0, "C3", 7),
    Err = restock(Inv1, "Z9", 1),
    io:format("~s", [report(Inv1)]),
    {Err, value(Inv1), length(Inv1), (catch (hd(Inv1))#item.sku), (catch element(2, lists:keyfind("A1", #item.sku, Inv1)))}.
