%% Protects records in function-head patterns, guards and nested record updates.
-module(records_match).
-export([start/0]).

-record(item, {name, qty = 1, price = 0.0}).
-record(order, {id, items = [], customer}).
-record(customer, {name, vip = false}).

total(#order{items = Items, customer = #customer{vip = true}}) -> subtotal(Items) * 0.9;
total(#order{items = Items}) -> subtotal(Items).

subtotal(Items) -> lists:sum([Q * P || #item{qty = Q, price = P} <- Items]).

bump(O = #order{items = [I | Rest]}) when I#item.qty < 5 ->
    O#order{items = [I#item{qty = I#item.qty + 1} | Rest]};
bump(O) -> O.

start() ->
    C = #customer{name = "ann"},
    O = #order{id = 7, items = [#item{name = pen, price = 1.5}, #item{name = ink, qty = 3, price = 2.0}],
               customer = C},
    Vip = O#order{customer = C#customer{vip = true}},
    {total(O), total(Vip), bump(bump(O)), (Vip#order.customer)#customer.vip,
     [N || #item{name = N, qty = Q} <- O#order.items, Q > 1]}.
