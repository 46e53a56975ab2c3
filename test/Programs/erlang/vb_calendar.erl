%% Protects calendar functions on fixed dates: day numbers, weekdays, seconds conversions, leap years, ISO weeks, rfc3339.
-module(vb_calendar).
-export([start/0]).
start() ->
    DT = {{2024, 2, 29}, {13, 45, 30}},
    [calendar:date_to_gregorian_days(2024, 2, 29), calendar:gregorian_days_to_date(739000), calendar:day_of_the_week(2024, 2, 29),
     calendar:day_of_the_week({2000, 1, 1}), calendar:is_leap_year(1900), calendar:is_leap_year(2000), calendar:last_day_of_the_month(2023, 2),
     calendar:datetime_to_gregorian_seconds(DT), calendar:gregorian_seconds_to_datetime(63870000000), calendar:valid_date(2023, 2, 29),
     calendar:valid_date({2024, 2, 29}), calendar:time_to_seconds({1, 2, 3}), calendar:seconds_to_time(3723),
     calendar:seconds_to_daystime(100000), calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, DT), calendar:iso_week_number({2021, 1, 3}),
     calendar:iso_week_number({2024, 12, 30}), calendar:system_time_to_rfc3339(1700000000, [{offset, "Z"}]),
     calendar:system_time_to_rfc3339(1700000000123, [{unit, millisecond}, {offset, "+02:00"}]),
     calendar:rfc3339_to_system_time("2024-02-29T13:45:30Z"), calendar:rfc3339_to_system_time("2024-02-29T13:45:30.5+01:00", [{unit, millisecond}]),
     calendar:system_time_to_universal_time(1700000000, second), calendar:date_to_gregorian_days({1970, 1, 1}),
     catch calendar:date_to_gregorian_days(2023, 2, 30), calendar:now_to_universal_time({1700, 0, 0}),
     is_tuple(calendar:local_time()), is_tuple(calendar:universal_time())].
