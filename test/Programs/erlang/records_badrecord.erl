%% Protects the error raised when a record operation is applied to a term of another shape.
-module(records_badrecord).
-export([start/0, id/1]).

-record(r, {a, b}).
-record(s, {a}).

id(X) -> X.

start() ->
    S = ?MODULE:id(#s{a = 1}),
    T = ?MODULE:id({r, 1}),
    [try S#r.a catch C:R -> {C, R} end,
     try S#r{b = 2} catch C2:R2 -> {C2, R2} end,
     try T#r.b catch C3:R3 -> {C3, R3} end,
     try (?MODULE:id(atom))#r.a catch C4:R4 -> {C4, R4} end].
