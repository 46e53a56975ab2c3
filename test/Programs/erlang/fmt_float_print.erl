%% Protects float_to_list/float_to_binary with decimals, scientific, short and compact options.
-module(fmt_float_print).
-export([start/0]).

start() ->
    Vs = [0.1, 1.0, -2.5, 123.456, 1.0e-10, 6.02214076e23, 0.0],
    [{float_to_list(V), float_to_list(V, [{decimals, 3}]), float_to_list(V, [{decimals, 3}, compact]),
      float_to_list(V, [{scientific, 2}]), float_to_list(V, [short]), float_to_binary(V),
      float_to_binary(V, [{decimals, 0}])} || V <- Vs]
        ++ [float_to_list(1.0e20, [{decimals, 2}]), float_to_list(0.5, [{decimals, 0}]),
            float_to_list(1.5, [{decimals, 0}]), float_to_list(2.5, [{decimals, 0}]),
            try float_to_list(1.0, [{decimals, 300}]) catch error:R -> R end].
