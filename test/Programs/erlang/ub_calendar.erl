-module(ub_calendar).
-export([start/0]).
start() ->
    DT = {{2024, 2, 29}, {13, 45, 30}},
    S = calendar:datetime_to_gregorian_seconds(DT),
    [S, calendar:gregorian_seconds_to_datetime(S + 86400 * 365), calendar:date_to_gregorian_days(2000, 1, 1),
     calendar:gregorian_days_to_date(740000), calendar:day_of_the_week(2024, 2, 29), calendar:is_leap_year(1900),
     calendar:is_leap_year(2000), calendar:last_day_of_the_month(2023, 2), calendar:valid_date(2023, 2, 29),
     calendar:valid_date({2024, 2, 29}), calendar:iso_week_number({2024, 1, 1}), calendar:time_to_seconds({1, 2, 3}),
     calendar:seconds_to_time(3723), calendar:seconds_to_daystime(100000), calendar:time_difference(DT, {{2024, 3, 1}, {0, 0, 0}}),
     calendar:system_time_to_universal_time(1700000000, second), calendar:rfc3339_to_system_time("2024-01-01T00:00:00Z"),
     calendar:system_time_to_rfc3339(1700000000, [{offset, "Z"}]), calendar:system_time_to_rfc3339(1700000000123, [{unit, millisecond}, {offset, "+02:00"}]),
     erlang:convert_time_unit(1, second, millisecond), erlang:convert_time_unit(1500, millisecond, second),
     erlang:convert_time_unit(3, second, nanosecond), calendar:date_to_gregorian_days({1970, 1, 1})].
