%% Protects the math module's libm-backed functions and constants.
-module(arith_math).
-export([start/0]).

start() ->
    {math:sqrt(2), math:sqrt(16), math:pow(2, 10), math:pow(2.0, 0.5), math:exp(1),
     math:log(10), math:log2(1024), math:log10(0.001), math:pi(), math:sin(0),
     math:cos(0.0), math:atan2(1, 1), math:floor(-2.5), math:ceil(2.1), math:fmod(7.5, 2),
     try math:sqrt(-1) catch error:R -> R end,
     try math:log(0) catch error:R2 -> R2 end}.
