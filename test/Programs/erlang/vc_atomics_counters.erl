%% Protects atomics (signed/unsigned, wrap-around, exchange, compare_exchange, info) and counters (atomics and write_concurrency) across processes.
-module(vc_atomics_counters).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    A = atomics:new(3, []), U = atomics:new(2, [{signed, false}]),
    ok = atomics:put(A, 1, -5), ok = atomics:add(A, 2, 10),
    R1 = [atomics:get(A, 1), atomics:get(A, 2), atomics:add_get(A, 3, 7), atomics:sub_get(A, 3, 2), atomics:sub(A, 1, 1), atomics:get(A, 1),
          atomics:exchange(A, 1, 100), atomics:compare_exchange(A, 1, 100, 1), atomics:compare_exchange(A, 1, 5, 9), atomics:get(A, 1),
          atomics:info(A), atomics:info(U), atomics:put(U, 1, 18446744073709551615), atomics:get(U, 1), atomics:add_get(U, 1, 1),
          atomics:put(A, 2, 9223372036854775807), atomics:add_get(A, 2, 1), is_reference(A),
          t(fun() -> atomics:get(A, 4) end), t(fun() -> atomics:get(A, 0) end), t(fun() -> atomics:put(U, 1, -1) end),
          t(fun() -> atomics:new(0, []) end), t(fun() -> atomics:new(1, [bad]) end), t(fun() -> atomics:get(make_ref(), 1) end),
          t(fun() -> atomics:put(A, 1, 1 bsl 64) end)],
    C = counters:new(2, []), W = counters:new(3, [write_concurrency]),
    counters:add(C, 1, 5), counters:sub(C, 2, 3), counters:add(W, 1, 4), counters:put(W, 3, 42), counters:sub(W, 2, 1),
    Self = self(),
    Ps = [spawn(fun() -> [counters:add(C, 1, 1) || _ <- lists:seq(1, 100)], Self ! done end) || _ <- lists:seq(1, 5)],
    [receive done -> ok end || _ <- Ps],
    R2 = [counters:get(C, 1), counters:get(C, 2), counters:get(W, 1), counters:get(W, 2), counters:get(W, 3), maps:get(size, counters:info(C)),
          maps:get(size, counters:info(W)), t(fun() -> counters:get(C, 3) end), t(fun() -> counters:new(1, [bogus]) end),
          t(fun() -> counters:add(W, 1, a) end)],
    [R1, R2].
