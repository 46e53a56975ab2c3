%% Protects integer division/rem of negatives and bignums, bit ops and math module functions.
-module(va_int_arith).
-export([start/0]).
start() ->
    Big = 123456789012345678901234567890,
    [-7 div 2, -7 rem 2, 7 div -2, 7 rem -2, -7 div -2, -7 rem -2, Big div 7, Big rem 7, -Big div 7, -Big rem 7,
     Big div -Big, Big rem (Big - 1), (-Big) div (1 bsl 64), (-Big) rem (1 bsl 64), Big * Big, Big - Big, -Big * -3,
     1 bsl 100, -1 bsl 100, (1 bsl 100) bsr 99, -1 bsr 10, -(1 bsl 100) bsr 98, Big band 16#ffff, Big bor 1, Big bxor Big,
     bnot Big, bnot -1, -Big band 255, 7 band -8, (1 bsl 64) - 1, 16#7fffffffffffffff + 1, -16#8000000000000000 - 1,
     576460752303423487 + 1, -576460752303423488 - 1, 2 * 576460752303423487,
     math:sqrt(2), math:pow(2, 10), math:pow(2.0, -1), math:exp(1), math:log(10), math:log2(8), math:log10(1000),
     math:sin(0), math:cos(math:pi()), math:atan2(1, 1), math:floor(-1.5), math:ceil(1.2), math:fmod(7.5, 2),
     math:fmod(-7.5, 2), math:pi(), math:sinh(1.0), math:asin(1.0), math:acos(0.5), math:atan(1.0),
     catch math:sqrt(-1), catch math:log(0), catch math:log(-1), 10 / 4, 10 / 5,
     Big / 7, integer_to_list(Big * Big * Big), erlang:abs(-Big), 5 div 3 * 3 + 5 rem 3,
     (1 bsl 200) div (1 bsl 100), ((1 bsl 200) + 5) rem (1 bsl 100), math:pow(10, 20), 1.0 * Big].
