-module(uc_guards).
-export([start/0]).
classify(X) when is_integer(X), X > 0 -> pos_int;
classify(X) when is_integer(X) -> nonpos_int;
classify(X) when is_float(X) -> float;
classify(X) when is_atom(X), X =/= nil -> atom;
classify(X) when is_binary(X), byte_size(X) > 2 -> long_bin;
classify(X) when is_bitstring(X) -> bits;
classify(X) when is_list(X), length(X) > 3 -> long_list;
classify([_ | _]) -> short_list;
classify(X) when is_tuple(X), tuple_size(X) =:= 2; is_map(X) -> pair_or_map;
classify(X) when is_function(X, 0) -> thunk;
classify(X) when is_pid(X) orelse is_reference(X) -> handle;
classify(_) -> other.
g(X) when X > 1 andalso (X < 5 orelse X == 10) -> yes;
g(X) when not is_atom(X), abs(X) > 100 -> big;
g(_) -> no.
start() ->
    [[classify(X) || X <- [5, -1, 1.5, foo, nil, <<"abc">>, <<1:3>>, [1, 2, 3, 4], [1], {a, b}, #{}, fun() -> 1 end, self(), make_ref(), {1, 2, 3}, []]],
     [g(X) || X <- [0, 2, 5, 10, -200, a, 3.0]],
     [if X rem 15 =:= 0 -> fizzbuzz; X rem 5 =:= 0 -> buzz; X rem 3 =:= 0 -> fizz; true -> X end || X <- lists:seq(1, 20)],
     [case X of {A, B} when A > B -> gt; {A, A} -> eq; {_, _} -> lt end || X <- [{2, 1}, {1, 1}, {1, 2}]],
     [X || X <- [1, a, 2.0, "s", <<"b">>], is_number(X)], (fun(X) when element(1, X) =:= ok -> ok; (_) -> bad end)({error, x}),
     [case catch hd(X) of {'EXIT', _} -> crash; V -> V end || X <- [[1], [], a]], bit_size(<<1:5>>) > 4, map_size(#{a => 1}) == 1.0].
