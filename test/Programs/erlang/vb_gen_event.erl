%% Protects gen_event basics: add_handler, notify/sync_notify, call, delete_handler, which_handlers.
-module(vb_gen_event).
-behaviour(gen_event).
-export([start/0, init/1, handle_event/2, handle_call/2, handle_info/2, terminate/2]).
init(Tag) -> {ok, {Tag, []}}.
handle_event(E, {Tag, L}) -> {ok, {Tag, [E | L]}}.
handle_call(get, {Tag, L} = S) -> {ok, {Tag, lists:reverse(L)}, S};
handle_call(swap, S) -> {remove_handler, {removed, S}}.
handle_info(_, S) -> {ok, S}.
terminate(Arg, {Tag, _}) -> {terminated, Tag, Arg}.
start() ->
    {ok, M} = gen_event:start(),
    ok = gen_event:add_handler(M, ?MODULE, a),
    ok = gen_event:add_handler(M, {?MODULE, b}, b),
    gen_event:notify(M, e1),
    ok = gen_event:sync_notify(M, e2),
    G1 = gen_event:call(M, ?MODULE, get),
    G2 = gen_event:call(M, {?MODULE, b}, get),
    H = lists:sort(gen_event:which_handlers(M)),
    D = gen_event:delete_handler(M, ?MODULE, bye),
    E = gen_event:call(M, ?MODULE, get),
    S = gen_event:call(M, {?MODULE, b}, swap),
    H2 = gen_event:which_handlers(M),
    ok = gen_event:stop(M),
    [G1, G2, H, D, E, S, H2].
