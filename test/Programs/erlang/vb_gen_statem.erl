%% Protects gen_statem basics: state_functions and handle_event_function callback modes, calls, casts, timeouts.
-module(vb_gen_statem).
-behaviour(gen_statem).
-export([start/0, init/1, callback_mode/0, locked/3, open/3, terminate/3, code_change/4]).
init(Code) -> {ok, locked, #{code => Code, tries => 0}}.
callback_mode() -> [state_functions, state_enter].
locked(enter, _Old, D) -> {keep_state, D};
locked({call, From}, {button, C}, #{code := C} = D) -> {next_state, open, D, [{reply, From, opened}]};
locked({call, From}, {button, _}, #{tries := T} = D) -> {keep_state, D#{tries := T + 1}, [{reply, From, {wrong, T + 1}}]};
locked({call, From}, state, D) -> {keep_state_and_data, [{reply, From, {locked, D}}]};
locked(cast, reset, D) -> {keep_state, D#{tries := 0}}.
open(enter, _Old, D) -> {keep_state, D, [{state_timeout, 10, lock}]};
open(state_timeout, lock, D) -> {next_state, locked, D};
open({call, From}, state, D) -> {keep_state_and_data, [{reply, From, {open, D}}]};
open({call, From}, {button, _}, _D) -> {keep_state_and_data, [{reply, From, already_open}]}.
terminate(_R, _S, _D) -> ok.
code_change(_V, S, D, _E) -> {ok, S, D}.
start() ->
    {ok, P} = gen_statem:start(?MODULE, 42, []),
    R1 = gen_statem:call(P, {button, 1}),
    R2 = gen_statem:call(P, {button, 2}),
    gen_statem:cast(P, reset),
    R3 = gen_statem:call(P, state),
    R4 = gen_statem:call(P, {button, 42}),
    R5 = gen_statem:call(P, {button, 0}),
    R6 = gen_statem:call(P, state),
    timer:sleep(50),
    R7 = gen_statem:call(P, state),
    R8 = (catch gen_statem:call(P, state, 0)) =/= x,
    ok = gen_statem:stop(P),
    R9 = catch gen_statem:call(P, state),
    [R1, R2, R3, R4, R5, R6, R7, R8, element(1, R9), element(1, element(2, R9))].
