%% Protects records: creation with defaults, field access, update, is_record and record_info.
-module(records_basic).
-export([start/0]).

-record(point, {x = 0, y = 0, label}).
-record(empty, {}).

start() ->
    P = #point{x = 3},
    P2 = P#point{y = 4, label = "p"},
    #point{x = X, y = Y} = P2,
    {P, P2, P2#point.x, X + Y, is_record(P, point), is_record(P, point, 4),
     is_record({point, 1}, point), record_info(fields, point), record_info(size, point),
     #empty{}, #point.y, element(#point.label, P2), P#point{}}.
