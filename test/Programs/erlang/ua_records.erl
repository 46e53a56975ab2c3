-module(ua_records).
-export([start/0]).
-record(person, {name, age = 0, email = undefined :: string() | undefined}).
-record(point, {x = 0.0, y = 0.0}).
-record(box, {tl = #point{}, br = #point{x = 1.0, y = 1.0}, tags = []}).
older(#person{age = A} = P) -> P#person{age = A + 1}.
area(#box{tl = #point{x = X1, y = Y1}, br = #point{x = X2, y = Y2}}) -> abs(X2 - X1) * abs(Y2 - Y1).
name(P) when is_record(P, person) -> P#person.name;
name(_) -> not_a_person.
start() ->
    P = #person{name = "Ann", age = 30},
    P2 = older(P),
    B = #box{br = #point{x = 3.0, y = 4.0}},
    R1 = (catch (P2#person.name)),
    R2 = (catch ((#point{})#person.name)),
    R3 = (catch (fun(X) -> X#person{age = 1} end)(#point{})),
    R4 = try (list_to_tuple([person]))#person.age catch error:E -> E end,
    L = [#person{name = N, age = A} || {N, A} <- [{"b", 2}, {"a", 1}, {"c", 3}]],
    Sorted = lists:keysort(#person.age, L),
    [P, P2, area(B), B, R1, R2, R3, R4, name(P), name({x}), record_info(fields, person),
     record_info(size, box), #person.age, Sorted, [N || #person{name = N} <- Sorted],
     lists:keyfind("c", #person.name, L), element(1, P), tuple_size(P),
     io_lib:format("~p", [P])].
