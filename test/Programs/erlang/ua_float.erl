-module(ua_float).
-export([start/0]).
start() ->
    Fs = [0.1, 0.2, 0.1 + 0.2, 1.0 / 3.0, 2.0 / 3.0, 1.0e100, 1.0e-100, 123456789.123, 5.0e-324, 1.7976931348623157e308,
          100.0, 1.0e15, 1.0e16, 1.0e22, 0.000123, -0.0, 3.0, 1.5e300 * 1.0e-300],
    io:format("~p~n", [Fs]),
    io:format("~w~n", [Fs]),
    [io:format("~f ~e ~g ~.2f ~.10f~n", [F, F, F, F, F]) || F <- [0.1, 1.0 / 3.0, 12345.6789, -2.5, 1.0e-5]],
    [float_to_list(1.0), float_to_list(0.1, [{decimals, 3}]), float_to_list(2.5, [{decimals, 0}]),
     float_to_list(1.0e10, [compact, {decimals, 4}]), float_to_list(3.14159, [{scientific, 2}]), float_to_list(1.0, [short]),
     float_to_binary(0.1), float_to_binary(123.456, [{decimals, 1}]), list_to_float("1.5"), catch list_to_float("1"),
     binary_to_float(<<"2.5e3">>), math:sqrt(2), math:pow(2, 0.5), math:exp(1), math:log(10), math:log2(1024), math:log10(0.001),
     math:sin(math:pi() / 6), math:cos(0), math:atan2(1, 1), math:floor(-2.5), math:ceil(2.1), math:fmod(10.5, 3),
     trunc(-3.7), round(3.5), round(-3.5), 7 / 2, 7 div 2, -7 div 2, -7 rem 2, 1.0 == 1, 1.0 =:= 1, float(7), 10 / 4,
     catch math:sqrt(-1), catch math:log(0), catch 1.0e308 * 10.0, abs(-0.5), 2.0 * 0.5, 1.0e3, 1.0e-3, 12.0e-10].
