%% Protects selective receive: skipping unmatched messages and keeping mailbox order.
-module(proc_selective_receive).
-export([start/0]).

take(Tag) -> receive {Tag, V} -> V after 0 -> none end.

flush() -> receive M -> [M | flush()] after 0 -> [] end.

start() ->
    Self = self(),
    [Self ! M || M <- [{a, 1}, {b, 1}, {c, 1}, {a, 2}, {b, 2}, other]],
    B1 = take(b),
    C1 = take(c),
    C2 = take(c),
    A1 = take(a),
    Guarded = receive {b, N} when N > 1 -> {b_over_1, N} after 0 -> none end,
    {B1, C1, C2, A1, Guarded, flush(), flush()}.
