%% erl's loader makes `Reg + Int` an increment (no erlang:'+' frame) only when the
%% other operand is a register; a constant-folded literal operand keeps the frame.
-module(ua_arith_literal).
-export([start/0]).
start() ->
    [try 1 + list_to_atom("a") catch error:R:St -> {R, hd(St)} end,
     try list_to_atom("a") - 1 catch error:R2:St2 -> {R2, hd(St2)} end].
