-module(ue_json_like).
-export([start/0]).
enc(null) -> "null";
enc(true) -> "true";
enc(false) -> "false";
enc(N) when is_integer(N) -> integer_to_list(N);
enc(F) when is_float(F) -> float_to_list(F, [short]);
enc(B) when is_binary(B) -> [$", escape(binary_to_list(B)), $"];
enc(L) when is_list(L) -> [$[, lists:join($,, [enc(X) || X <- L]), $]];
enc(M) when is_map(M) -> [${, lists:join($,, [[enc(atom_to_binary(K)), $:, enc(V)] || {K, V} <- lists:sort(maps:to_list(M))]), $}].
escape([]) -> [];
escape([$" | T]) -> [$\\, $" | escape(T)];
escape([$\n | T]) -> [$\\, $n | escape(T)];
escape([C | T]) -> [C | escape(T)].
tokens([]) -> [];
tokens([C | T]) when C =:= ${; C =:= $}; C =:= $[; C =:= $]; C =:= $:; C =:= $, -> [C | tokens(T)];
tokens([$\s | T]) -> tokens(T);
tokens([C | _] = L) when C >= $0, C =< $9 -> {D, R} = lists:splitwith(fun(X) -> X >= $0 andalso X =< $9 end, L), [list_to_integer(D) | tokens(R)];
tokens([$" | T]) -> {S, [$" | R]} = lists:splitwith(fun(X) -> X =/= $" end, T), [list_to_binary(S) | tokens(R)].
start() ->
    Doc = #{name => <<"Widget \"x\"">>, tags => [<<"a">>, <<"b">>], price => 9.99, count => 3, ok => true, none => null, nested => #{k => [1, 2, #{}]}},
    S = lists:flatten(enc(Doc)),
    io:format("~s~n", [S]),
    {S, tokens("{\"a\": [1, 22, 333], \"b\": \"x y\"}"), iolist_size(enc(Doc))}.
