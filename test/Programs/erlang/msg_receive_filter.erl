%% Selective receives whose patterns beamr-jit checks before running the
%% receive body (a tagged tuple or a tuple of fixed size, with elements
%% equal to a literal or a bound variable): the right message is taken,
%% the others stay queued in order, and guards, timeouts, messages that
%% arrive while waiting and a garbage collection in between all behave.
-module(msg_receive_filter).
-export([start/0]).
-behaviour(gen_server).
-export([init/1, handle_call/3, handle_cast/2]).

start() ->
    [by_reference(), by_atom_and_int(), by_bound_values(), untagged(),
     near_misses(), with_guard(), arriving_later(), after_gc(), timeouts(),
     gen_server_calls(), down_in_reverse()].

%% {tag, Ref, Value}: the newest reference first, every other one kept.
by_reference() ->
    Refs = [make_ref() || _ <- lists:seq(1, 50)],
    [self() ! {tag, R, N} || {N, R} <- lists:zip(lists:seq(1, 50), Refs)],
    Got = [receive {tag, R, V} -> V end || R <- lists:reverse(Refs)],
    {Got =:= lists:seq(50, 1, -1), drain()}.

%% An atom and an integer element: only exact matches (1.0 is not 1).
by_atom_and_int() ->
    self() ! {pick, 1.0, a}, self() ! {pick, 2, a}, self() ! {pick, 1, b},
    self() ! {pick, 1, a}, self() ! {pick, 1, []},
    A = receive {pick, 1, a} -> first end,
    B = receive {pick, 1, []} -> nil end,
    {A, B, drain()}.

%% Variables bound before the receive: a pid, a tuple, a binary, a bignum.
by_bound_values() ->
    Pid = spawn(fun() -> ok end),
    Tuple = {x, [1, 2]}, Bin = <<"key">>, Big = 1 bsl 70,
    self() ! {k, self(), 1}, self() ! {k, Pid, 2},
    self() ! {k, {x, [1, 2.0]}, 3}, self() ! {k, {x, [1, 2]}, 4},
    self() ! {k, <<"kex">>, 5}, self() ! {k, <<"key">>, 6},
    self() ! {k, 1 bsl 71, 7}, self() ! {k, 1 bsl 70, 8},
    R = [receive {k, Pid, V1} -> V1 end, receive {k, Tuple, V2} -> V2 end,
         receive {k, Bin, V3} -> V3 end, receive {k, Big, V4} -> V4 end],
    {R, [V || {k, _, V} <- drain()]}.

%% Two-tuples with no atom first ({Ref, Reply} as gen:call receives).
untagged() ->
    R1 = make_ref(), R2 = make_ref(),
    self() ! {R1, one}, self() ! {other, x}, self() ! {R2, two}, self() ! {R1},
    A = receive {R2, V} -> V end,
    B = receive {R1, V2} -> V2 end,
    {A, B, [case M of {other, _} -> M; {R1} -> r1 end || M <- drain()]}.

%% Messages that differ from the pattern in arity, tag or shape.
near_misses() ->
    R = make_ref(),
    [self() ! M || M <- [R, {R}, {tag}, {tag, R}, {tag, R, 1, 2}, {other, R, 1},
                         [tag, R, 1], #{tag => R}, <<"tag">>, {tag, make_ref(), 2},
                         {tag, R, 3}]],
    V = receive {tag, R, X} -> X end,
    {V, length(drain())}.

%% A guard after the filtered test: a failing guard skips the message.
with_guard() ->
    R = make_ref(),
    [self() ! {n, R, N} || N <- [1, 2, 3, 4]],
    Even = receive {n, R, N} when N rem 2 =:= 0 -> N end,
    Big = receive {n, R, N2} when N2 > 2 -> N2 end,
    {Even, Big, [M || {n, R1, M} <- drain(), R1 =:= R]}.

%% The matching message comes from another process after the receive
%% started waiting; others arrive before it.
arriving_later() ->
    Self = self(), R = make_ref(),
    spawn(fun() ->
              [Self ! {tag, make_ref(), N} || N <- lists:seq(1, 5)],
              receive go -> ok end,
              Self ! {tag, R, found}
          end) ! go,
    V = receive {tag, R, X} -> X end,
    {V, length(drain())}.

%% A collection while messages wait: the bound reference moves.
after_gc() ->
    R = make_ref(),
    [self() ! {tag, make_ref(), N} || N <- lists:seq(1, 20)],
    _ = lists:seq(1, 10000),
    erlang:garbage_collect(),
    self() ! {tag, R, kept},
    V = receive {tag, R, X} -> X end,
    {V, length(drain())}.

%% No match: the timeout fires, every message is still there; then a
%% receive with after 0 finds one added since.
timeouts() ->
    R = make_ref(),
    [self() ! {tag, make_ref(), N} || N <- lists:seq(1, 3)],
    A = receive {tag, R, X} -> X after 20 -> timeout end,
    self() ! {tag, R, late},
    B = receive {tag, R, Y} -> Y after 0 -> timeout end,
    {A, B, length(drain())}.

%% OTP's own receives: gen_server calls with casts queued in between.
gen_server_calls() ->
    {ok, Pid} = gen_server:start(?MODULE, 0, []),
    [self() ! {noise, N} || N <- lists:seq(1, 10)],
    Results = [gen_server:call(Pid, {add, N}) || N <- lists:seq(1, 5)],
    gen_server:stop(Pid),
    {Results, length(drain())}.

init(N) -> {ok, N}.
handle_call({add, K}, _From, N) -> {reply, N + K, N + K}.
handle_cast(_, N) -> {noreply, N}.

%% Monitors' DOWN messages, taken newest reference first.
down_in_reverse() ->
    Ms = [spawn_monitor(fun() -> exit({done, N}) end) || N <- lists:seq(1, 100)],
    Got = [receive {'DOWN', Ref, process, Pid, {done, N}} -> N end
           || {Pid, Ref} <- lists:reverse(Ms)],
    {Got =:= lists:seq(100, 1, -1), drain()}.

drain() -> receive M -> [M | drain()] after 0 -> [] end.
