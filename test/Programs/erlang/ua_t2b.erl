-module(ua_t2b).
-export([start/0]).
start() ->
    Terms = [1, -1, 255, 256, 1 bsl 40, -(1 bsl 70), 1.5, atom, 'é', "str", [1, 2 | 3], {a, b}, {}, [], <<>>, <<1, 2, 3>>,
             <<1:3>>, #{a => 1, "b" => [2]}, maps:from_list([{X, X} || X <- lists:seq(1, 40)]), fun lists:map/2,
             list_to_tuple(lists:seq(1, 300)), lists:seq(1, 300), <<"héllo"/utf8>>],
    RT = [binary_to_term(term_to_binary(T)) =:= T || T <- Terms],
    Sizes = [byte_size(term_to_binary(T)) || T <- Terms, not is_map(T)],
    Enc = [term_to_binary(T) || T <- [1, 300, -5, 1.0, abc, "ab", {1, 2}, [a], <<"x">>, 1 bsl 64, #{k => v}]],
    Comp = term_to_binary(lists:duplicate(100, hello), [compressed]),
    {RT, Sizes, Enc, binary_to_term(Comp) =:= lists:duplicate(100, hello), byte_size(Comp) < 200,
     catch binary_to_term(<<131, 200>>), catch binary_to_term(<<1, 2, 3>>), binary_to_term(<<131, 100, 0, 1, 97>>),
     term_to_binary(1.0, [{minor_version, 0}]), binary_to_term(term_to_binary(x, [{minor_version, 2}])),
     binary_to_term(<<131, 97, 5, 0>>, [used])}.
