%% Protects arithmetic and data BIFs allowed in guards: abs, size, element, hd, length, map_get...
-module(guards_bifs).
-export([start/0]).

g(X) when abs(X) > 5 -> abs_big;
g(X) when byte_size(X) =:= 3 -> three_bytes;
g(X) when bit_size(X) > 8 -> many_bits;
g(X) when tuple_size(X) =:= 2, element(1, X) =:= ok -> ok_pair;
g(X) when hd(X) =:= $a, length(X) < 4 -> short_a;
g(X) when map_size(X) =:= 1, map_get(k, X) > 0 -> k_positive;
g(X) when is_map_key(q, X) -> has_q;
g(X) when trunc(X) =:= 2; round(X) =:= 4 -> near_two_or_four;
g(X) when float(X) > 0.5, X rem 2 =:= 1 -> odd;
g(X) when tl(X) =:= [], node() =:= nonode@nohost -> singleton;
g(X) when X band 16#F0 =/= 0, X bsr 1 > 1 -> bits_set;
g(_) -> none.

start() ->
    [g(V) || V <- [-7, <<"abc">>, <<1, 2:4>>, {ok, 1}, "ab", "abcdef", #{k => 1}, #{k => -1, q => 1},
                   2.7, 3.6, 3, [z], 5, 48, 2, 1.0]].
