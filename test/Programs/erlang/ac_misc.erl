%% Typical user code: ac_misc (a differential program in the style of others' programs).
-module(ac_misc).
-export([start/0]).
sum_deep(0, Acc) -> Acc;
sum_deep(N, Acc) -> sum_deep(N - 1, Acc + N).
body(0) -> 0;
body(N) -> N + body(N - 1).
start() ->
    put(key, value), put(count, 1),
    Old = put(count, 2),
    D = lists:sort(get()),
    erase(key),
    T = {tuple, [list, "str"], #{m => 1}, <<"bin">>, 1.5, -7, atom, 'quoted atom'},
    Bin = term_to_binary(T),
    T2 = binary_to_term(Bin),
    [Old, D, get(key), get(count), get_keys(2), T2 =:= T, byte_size(Bin), erlang:phash2(T), erlang:phash2(T, 1000),
     sum_deep(100000, 0), body(20000), tuple_size(T), element(2, T), setelement(1, T, new),
     erlang:append_element({a}, b), list_to_tuple(tuple_to_list(T)) == T, atom_to_list('quoted atom'),
     list_to_existing_atom("atom"), catch list_to_existing_atom("surely_not_an_existing_atom_xyz"),
     atom_to_binary(hello), binary_to_atom(<<"hi">>), integer_to_list(12345), list_to_float("1.5e3"),
     float_to_list(1.5, [{decimals, 2}]), float_to_list(2.0, [compact, {decimals, 4}]), io_lib:format("~.1f", [2.25]),
     is_atom(true), is_boolean(maybe), is_number(1.0), is_tuple({}), is_list([]), is_map(#{}), is_binary(<<>>),
     is_bitstring(<<1:1>>), is_pid(self()), is_reference(make_ref()), is_function(fun start/0),
     [X * Y || X <- [1, 2, 3], Y <- [10, 20], X * Y > 20], [{X, Y} || X <- [a, b], Y <- [1, 2]],
     lists:sort([{b, 2}, {a, 1}, {a, 0}, "str", 1, 1.0, atom, [], {}, <<>>, make_ref() == make_ref()]),
     erlang:max({1, a}, {1, b}), 1 < a, a < {}, {} < [], [] < <<>>, 2 == 2.0, 2 =:= 2.0,
     erlang:system_info(wordsize), node(), erlang:is_alive(), length(erlang:processes()) > 0,
     catch erlang:error({custom, 1}), catch throw(x), catch exit(y)].
