%% Protects binary comprehensions with binary and list generators, filters and bit segments.
-module(bin_comprehension).
-export([start/0]).

start() ->
    B = <<"Hello, World">>,
    {<< <<(C + 1)>> || <<C>> <= B >>,
     << <<C>> || <<C>> <= B, C >= $a, C =< $z >>,
     [X || <<X:4>> <= <<16#ABCD:16>>],
     << <<X:3>> || X <- [1, 2, 3, 4, 5, 6, 7] >>,
     << <<(X * 2):16/little>> || X <- [1, 256] >>,
     << <<A, B2>> || <<A>> <= <<1, 2>>, <<B2>> <= <<3, 4>> >>,
     [{X, Y} || <<X:2, Y:6>> <= <<200, 17>>],
     << <<Bits/bits>> || <<Bits:3/bits>> <= <<255, 0>> >>,
     << <<C>> || <<C>> <= <<>> >>}.
