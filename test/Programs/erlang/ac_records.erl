%% Typical user code: ac_records (a differential program in the style of others' programs).
-module(ac_records).
-export([start/0]).
-record(person, {name, age = 0, email = undefined}).
-record(point, {x = 0.0 :: float(), y = 0.0 :: float()}).
older(#person{age = A} = P) -> P#person{age = A + 1}.
start() ->
    P = #person{name = "Ann", age = 30},
    P2 = older(P),
    Pts = [#point{x = X, y = X * 2.0} || X <- [1.0, 2.0, 3.0]],
    [P, P2, P2#person.age, record_info(fields, person), record_info(size, person),
     [Pt#point.y || Pt <- Pts], is_record(P, person), is_record(P, point),
     catch (list_to_tuple([foo]))#person.name,
     lists:keyfind("Ann", #person.name, [P]), element(#person.age, P),
     io_lib:format("~p", [P]), setelement(#person.email, P, "a@b")].
