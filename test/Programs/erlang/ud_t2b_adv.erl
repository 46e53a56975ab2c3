-module(ud_t2b_adv).
-export([start/0]).
start() ->
    F = fun(X) -> X + 1 end,
    B = term_to_binary(F),
    F2 = binary_to_term(B),
    R = make_ref(),
    Pid = self(),
    [F2(1), binary_to_term(term_to_binary(R)) =:= R, binary_to_term(term_to_binary(Pid)) =:= Pid,
     binary_to_term(term_to_binary({F, [R]})) =/= x, term_to_binary(<<1:5>>), term_to_binary(-2147483649),
     term_to_binary("abc" ++ [256]), term_to_binary([a | b]), term_to_binary(2.0e-300), term_to_binary('åäö'),
     binary_to_term(<<131, 104, 2, 97, 1, 97, 2>>), binary_to_term(<<131, 107, 0, 3, 1, 2, 3>>), catch binary_to_term(<<131, 107, 0, 3, 1, 2>>),
     binary_to_term(term_to_binary(#{a => [1.5, <<"x">>]}, [deterministic])), erlang:external_size({a, b}),
     binary_to_term(<<131, 119, 3, 195, 165, 98, 99>>), catch binary_to_term(<<131, 100, 0, 3, 97>>, [safe])].
