%% Protects the calendar conversion BIFs: universaltime/localtime/posixtime conversions and their badargs.
-module(vb_time_conv).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    DT = {{2024, 2, 29}, {13, 45, 30}},
    Local = erlang:universaltime_to_localtime(DT),
    [erlang:universaltime_to_posixtime(DT), erlang:posixtime_to_universaltime(1709214330), erlang:posixtime_to_universaltime(0),
     erlang:localtime_to_universaltime(Local) =:= DT, erlang:localtime_to_universaltime(Local, false) =/= x,
     calendar:universal_time_to_local_time(DT) =:= Local, calendar:local_time_to_universal_time_dst(Local) =/= x,
     t(fun() -> erlang:universaltime_to_localtime({{2023, 2, 29}, {0, 0, 0}}) end),
     t(fun() -> erlang:universaltime_to_posixtime({{2023, 1, 1}, {24, 0, 0}}) end), t(fun() -> erlang:posixtime_to_universaltime(a) end),
     t(fun() -> erlang:localtime_to_universaltime(DT, maybe) end), t(fun() -> erlang:universaltime_to_localtime(x) end),
     calendar:system_time_to_rfc3339(0, [{offset, "Z"}]), is_list(calendar:system_time_to_rfc3339(1700000000)),
     calendar:system_time_to_local_time(0, second) =:= erlang:universaltime_to_localtime({{1970, 1, 1}, {0, 0, 0}})].
