%% Protects term order sorting of mixed types, phash2, term_to_binary round trips with options, atom_to_binary, erlang:fun_info items.
-module(vb_term_misc).
-export([start/0, f/1]).
f(X) -> X.
start() ->
    Mixed = [<<"b">>, "str", {1}, [], 1.5, 2, atom, #{a => 1}, {1, 2}, -1, [a], <<>>, 1.0, 1, make_ref_placeholder, {}],
    Terms = [0, -1, 1 bsl 70, 1.5, atom, "str", <<"bin">>, <<1:3>>, {a, [b]}, #{k => v}, [], {}],
    F = fun ?MODULE:f/1,
    G = fun lists:reverse/1,
    [lists:sort(Mixed), [erlang:phash2(T) || T <- Terms], [erlang:phash2(T, 1000) || T <- Terms],
     [binary_to_term(term_to_binary(T)) =:= T || T <- Terms], term_to_binary({a, "b", <<"c">>}),
     term_to_binary(lists:duplicate(20, hello), [compressed]) =/= term_to_binary(lists:duplicate(20, hello)),
     binary_to_term(term_to_binary(lists:seq(1, 100), [{compressed, 9}])) =:= lists:seq(1, 100),
     term_to_binary(1.5, [{minor_version, 0}]), term_to_binary(abc, [{minor_version, 2}]), byte_size(term_to_binary(1 bsl 300)),
     binary_to_term(<<131, 104, 2, 97, 1, 97, 2, 0, 0>>, [used]), catch binary_to_term(<<131, 100, 0, 3, 120, 121, 122>>, [safe]),
     atom_to_binary(hello), atom_to_binary('héllo', utf8), atom_to_binary('héllo', latin1), binary_to_atom(<<"x y">>),
     atom_to_list('A b'), list_to_atom("ok"), erlang:fun_info(F, module), erlang:fun_info(F, name), erlang:fun_info(F, arity),
     erlang:fun_info(F, type), erlang:fun_info(G, env), erlang:fun_info(fun(X) -> X end, arity), erlang:fun_info(fun(X) -> X end, type),
     erlang:fun_info(fun(X) -> X end, module), is_function(F, 1), is_function(F, 2), erlang:fun_to_list(G),
     F(3), apply(G, [[1, 2]]), catch apply(F, [1, 2]), erlang:external_size({a, b}) > 0, erlang:phash2({}), erlang:phash2(<<>>),
     1 == 1.0, 1 =:= 1.0, [1] < [1.0], {1, a} < {1.0, b}, a < <<>>, #{} < [], #{a => 1} < #{b => 0}, #{a => 2} < #{b => 1, c => 1}].
