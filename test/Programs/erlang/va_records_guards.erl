%% Protects record creation/update/match, is_record guards, record_info and badrecord errors.
-module(va_records_guards).
-export([start/0]).
-record(pt, {x = 0, y = 0, label}).
-record(box, {tl = #pt{}, br = #pt{x = 1, y = 1}, tags = []}).
t(F) -> try F() catch C:R -> {C, R} end.
kind(R) when is_record(R, pt) -> pt;
kind(R) when is_record(R, box, 4) -> box;
kind(_) -> other.
area(#box{tl = #pt{x = X1, y = Y1}, br = #pt{x = X2, y = Y2}}) -> abs(X2 - X1) * abs(Y2 - Y1).
start() ->
    P = #pt{x = 3},
    B = #box{br = #pt{x = 4, y = 5}},
    P2 = P#pt{y = 7, label = "p"},
    [P, P2, B, kind(P), kind(B), kind({pt, 1}), kind({pt, 1, 2, 3}), area(B), P2#pt.y, #pt.y,
     record_info(fields, pt), record_info(size, box), is_record(P, pt), is_record(P, box),
     t(fun() -> (list_to_tuple([box, 1, 2, 3]))#pt.x end), t(fun() -> (id(P))#box{tags = [a]} end),
     [X || #pt{x = X} <- [P, P2, B, #pt{x = 9}]], element(2, P), setelement(3, P, 99),
     case P2 of #pt{label = undefined} -> nolabel; #pt{label = L} -> {label, L} end,
     B#box.br#pt.x, (B#box{tags = [t]})#box.tags, #pt{_ = z}, #box{tags = [1], _ = nil}].
id(X) -> X.
