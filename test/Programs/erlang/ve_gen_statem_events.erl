%% Protects gen_statem handle_event_function mode: postpone, next_event inserts, event/generic/state timeouts, complex states, stop with reply.
-module(ve_gen_statem_events).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, handle_event/4]).
init(_) -> {ok, {idle, 0}, []}.
callback_mode() -> handle_event_function.
handle_event({call, From}, log, _S, L) -> {keep_state_and_data, [{reply, From, lists:reverse(L)}]};
handle_event(cast, go, {idle, N}, L) ->
    {next_state, {busy, N + 1}, [go | L], [{next_event, internal, started}, {state_timeout, 30, done}]};
handle_event(internal, started, {busy, _}, L) -> {keep_state, [started | L]};
handle_event(cast, job, {idle, _}, L) -> {keep_state, [postponed | L], [postpone]};
handle_event(cast, job, {busy, _}, L) -> {keep_state, [job | L], [{timeout, 5, ping}]};
handle_event(timeout, ping, _S, L) -> {keep_state, [event_timeout | L]};
handle_event(state_timeout, done, {busy, N}, L) -> {next_state, {idle, N}, [done | L], [{{timeout, gen}, 5, g}]};
handle_event({timeout, gen}, g, _S, L) -> {keep_state, [generic | L]};
handle_event({call, From}, stop, _S, L) -> {stop_and_reply, normal, [{reply, From, {stopping, length(L)}}]};
handle_event(info, Msg, _S, L) -> {keep_state, [{info, Msg} | L]}.
start() ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, job),
    gen_statem:cast(P, go),
    P ! hello,
    Log = await_generic(P, 1),
    gen_statem:cast(P, go),
    Log2 = await_generic(P, 2),
    Stop = gen_statem:call(P, stop),
    timer:sleep(5),
    [Log, Log2 -- Log, Stop, is_process_alive(P)].

%% The log once the generic timeout has fired N times: polled, so that the
%% answer does not depend on how fast either VM runs under load.
await_generic(P, N) ->
    Log = gen_statem:call(P, log),
    case length([E || E <- Log, E =:= generic]) >= N of
        true -> Log;
        false -> timer:sleep(5), await_generic(P, N)
    end.
