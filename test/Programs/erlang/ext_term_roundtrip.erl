%% Protects term_to_binary/binary_to_term: exact bytes for each term type and round trips.
-module(ext_term_roundtrip).
-export([start/0]).

start() ->
    Ts = [0, 255, 256, -1, 1 bsl 40, -(1 bsl 70), 1.5, atom, 'ünï', "abc", [1, 2 | 3], [], <<1, 2>>,
          <<1:3>>, {a, {}}, #{a => 1, 2 => b}, "", [1000], list_to_tuple(lists:seq(1, 300))],
    Enc = [term_to_binary(T) || T <- lists:sublist(Ts, 18)],
    {Enc, [binary_to_term(B) =:= T || {B, T} <- lists:zip(Enc, lists:sublist(Ts, 18))],
     binary_to_term(term_to_binary(Ts)) =:= Ts, term_to_binary(lists:duplicate(20, a), [compressed]),
     binary_to_term(term_to_binary(lists:seq(1, 100), [{compressed, 9}])) =:= lists:seq(1, 100),
     term_to_binary(1.5, [{minor_version, 0}]), term_to_binary(abc, [{minor_version, 2}]),
     binary_to_term(<<131, 100, 0, 3, "abc", "extra">>, [used]),
     try binary_to_term(<<131, 1>>) catch error:R -> R end, erlang:external_size({a, [1]})}.
