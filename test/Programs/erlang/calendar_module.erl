%% Protects calendar arithmetic on fixed dates: day numbers, weekdays, leap years, ISO weeks.
-module(calendar_module).
-export([start/0]).

start() ->
    Dt = {{2024, 2, 29}, {13, 45, 30}},
    Secs = calendar:datetime_to_gregorian_seconds(Dt),
    {calendar:date_to_gregorian_days(2000, 1, 1), calendar:gregorian_days_to_date(738000),
     calendar:day_of_the_week(2024, 2, 29), calendar:day_of_the_week({1970, 1, 1}),
     calendar:is_leap_year(1900), calendar:is_leap_year(2000), calendar:is_leap_year(2024),
     calendar:last_day_of_the_month(2023, 2), calendar:last_day_of_the_month(2024, 2), Secs,
     calendar:gregorian_seconds_to_datetime(Secs + 86400 * 366), calendar:iso_week_number({2021, 1, 3}),
     calendar:iso_week_number({2020, 12, 31}), calendar:valid_date(2023, 2, 29),
     calendar:time_difference({{2024, 1, 1}, {0, 0, 0}}, Dt), calendar:seconds_to_time(86399),
     calendar:seconds_to_daystime(100000), calendar:time_to_seconds({1, 2, 3}),
     calendar:system_time_to_rfc3339(1700000000, [{offset, "Z"}]),
     calendar:rfc3339_to_system_time("2024-02-29T13:45:30+02:00"),
     calendar:system_time_to_universal_time(1000000000, second)}.
