%% Protects float_to_list/binary options, integer_to_list bases and list_to_integer errors.
-module(va_num_format).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    [float_to_list(1.0), float_to_list(0.1), float_to_list(1.0e23), float_to_list(-0.0), float_to_list(3.0, [compact, {decimals, 4}]),
     float_to_list(3.14159, [{decimals, 2}]), float_to_list(2.5, [{decimals, 0}]), float_to_list(1.0e10, [{scientific, 3}]),
     float_to_list(123.456, [short]), float_to_list(1.0e-10, [short]), float_to_list(1.0e21, [short]), float_to_list(1.0e15, [short]),
     float_to_binary(0.30000000000000004, [short]), float_to_binary(100.0, [short]), float_to_binary(5.0e-324, [short]),
     integer_to_list(255, 16), integer_to_list(-255, 2), integer_to_list(35, 36), integer_to_binary(1 bsl 70, 16),
     t(fun() -> integer_to_list(10, 37) end), t(fun() -> integer_to_list(1.0) end),
     list_to_integer("ff", 16), list_to_integer("-Zz", 36), t(fun() -> list_to_integer("") end),
     t(fun() -> list_to_integer("12a") end), t(fun() -> list_to_integer("+") end), t(fun() -> list_to_integer(abc) end),
     t(fun() -> list_to_integer("1", 1) end), binary_to_integer(<<"-123">>), t(fun() -> binary_to_integer(<<"1.0">>) end),
     list_to_float("1.5"), t(fun() -> list_to_float("1") end), t(fun() -> list_to_float("1.5x") end),
     binary_to_float(<<"2.0e-3">>), t(fun() -> binary_to_float(<<"2">>) end), list_to_integer("00012"),
     float_to_list(1.0e-5), float_to_list(123456789012345680.0), float(12345678901234567890), round(-2.5), round(2.5),
     trunc(-3.7), ceil(-3.7), floor(-3.7), ceil(3.0), floor(-0.5), round(-0.4), abs(-0.0), -0.0 == 0.0, -0.0 =:= 0.0,
     max(1, 1.0), min(1, 1.0), max(1.0, 1), erlang:max(a, 1), abs(-12345678901234567890),
     float_to_list(1.0e300 * 10), integer_to_list(-0), t(fun() -> 1.0e308 * 10.0 end), t(fun() -> float(1 bsl 1024) end),
     t(fun() -> float_to_list(1.0, [{decimals, -1}]) end), t(fun() -> float_to_list(1.0, [bad]) end),
     float_to_list(0.5, [{decimals, 0}]), float_to_list(1.5, [{decimals, 0}]), float_to_list(1.005, [{decimals, 2}])].
