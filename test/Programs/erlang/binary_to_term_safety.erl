%% Protects binary_to_term on hand-written external-format inputs, valid and malformed.
-module(binary_to_term_safety).
-export([start/0]).

start() ->
    Inputs = [<<131, 97, 7>>, <<131, 98, 255, 255, 255, 254>>, <<131, 107, 0, 2, 104, 105>>,
              <<131, 108, 0, 0, 0, 1, 97, 1, 97, 2>>, <<131, 104, 0>>, <<131, 116, 0, 0, 0, 0>>,
              <<131, 110, 1, 1, 5>>, <<131, 70, 64, 9, 33, 251, 84, 68, 45, 24>>, <<131, 77, 0, 0, 0, 1, 5, 160>>,
              <<131, 118, 0, 2, 104, 105>>, <<131, 119, 2, 104, 105>>, <<131, 97>>, <<130, 97, 1>>,
              <<131, 108, 0, 0, 0, 5, 97, 1>>, <<131, 200>>, <<>>],
    [try binary_to_term(I) catch error:R -> {error, R} end || I <- Inputs].
