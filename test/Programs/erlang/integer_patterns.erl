%% Protects matching integers of every size class in function heads and case, including select jumps.
-module(integer_patterns).
-export([start/0]).

day(1) -> mon; day(2) -> tue; day(3) -> wed; day(4) -> thu; day(5) -> fri; day(6) -> sat; day(7) -> sun;
day(_) -> bad.

size_class(N) ->
    case N of
        0 -> zero;
        -1 -> minus_one;
        576460752303423487 -> max_small;
        576460752303423488 -> min_big;
        -576460752303423488 -> min_small;
        340282366920938463463374607431768211456 -> two_pow_128;
        _ when N > 0 -> positive;
        _ -> negative
    end.

atoms(red) -> 1; atoms(green) -> 2; atoms(blue) -> 3; atoms(_) -> 0.

start() ->
    {[day(I) || I <- lists:seq(0, 8)],
     [size_class(N) || N <- [0, -1, 576460752303423487, 576460752303423488, -576460752303423488,
                             1 bsl 128, 5, -5, 1 bsl 130]],
     [atoms(A) || A <- [red, green, blue, black]]}.
