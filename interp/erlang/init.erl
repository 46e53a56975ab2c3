%% The boot module of beamr-jit: evaluates the -eval expressions in order,
%% as erl's init does, so stack traces end in init:start_it/1,
%% init:start_em/1 and init:do_boot/3 like erl's. Written for beamr-jit;
%% shadows OTP's preloaded init, whose query functions it offers too.
-module(init).
-export([boot/2, get_argument/1, get_arguments/0, get_plain_arguments/0,
         stop/0, stop/1, script_id/0, get_status/0, fetch_loaded/0]).
-export([init/1]). % The callback of kernel_sup, see start_kernel/1.

%% As erl's boot script does, start the file server (file_server_2, which
%% the file module sends its requests to), the application controller with
%% the kernel application loaded (application:get_env/set_env/load work; no
%% application is started), then the logger with kernel's default handler
%% on standard_io, so logger calls and OTP's reports behave as in erl. They
%% are linked to a process of their own, registered as init like erl's, so
%% the -eval code's process sees no links or exit messages from them.
boot(Exprs, Arguments) ->
    persistent_term:put({?MODULE, arguments}, Arguments),
    Boot = self(),
    Kernel = spawn(fun() -> start_kernel(Boot) end),
    receive {Kernel, started} -> ok end,
    do_boot(Exprs, [], []).

start_kernel(Boot) ->
    register(init, self()),
    process_flag(trap_exit, true),
    {ok, _} = file_server:start_link(),
    AppFile = filename:join(code:lib_dir(kernel, ebin), "kernel.app"),
    {ok, [KernelApp]} = file:consult(AppFile),
    {ok, _} = application_controller:start(KernelApp),
    {ok, _} = logger_server:start_link(),
    ok = logger:internal_init_logger(),
    {ok, _} = logger_sup:start_link(),
    ok = logger:add_handlers(kernel),
    %% An empty kernel_sup, where timer (and others) start their servers.
    {ok, _} = supervisor:start_link({local, kernel_sup}, ?MODULE, kernel_sup),
    Boot ! {self(), started},
    kernel_loop().

kernel_loop() ->
    receive _ -> kernel_loop() end.

init(kernel_sup) ->
    {ok, {#{strategy => one_for_all, intensity => 0, period => 1}, []}}.

%% The yield after start_em/1 keeps do_boot/3's frame (and so its line in
%% stack traces) where the compiler would otherwise make the call a tail call.
do_boot(Exprs, _, _) ->
    start_em(Exprs),
    erlang:yield(),
    ok.

start_em([]) -> ok;
start_em([E | Es]) ->
    start_it(E),
    start_em(Es).

start_it(Expr) ->
    {ok, Ts, _} = erl_scan:string(Expr),
    Ts1 = case lists:reverse(Ts) of
              [{dot, _} | _] -> Ts;
              TsR -> lists:reverse([{dot, erl_anno:new(1)} | TsR])
          end,
    {ok, Exprs} = erl_parse:parse_exprs(Ts1),
    {value, _, _} = erl_eval:exprs(Exprs, erl_eval:new_bindings()),
    ok.

%% The flags Runner.cpp passes to boot/2, as erl's init keeps them.
get_arguments() -> persistent_term:get({?MODULE, arguments}, []).
get_argument(Flag) ->
    case [Values || {F, Values} <- get_arguments(), F =:= Flag] of
        [] -> error;
        All -> {ok, All}
    end.
get_plain_arguments() -> [].
stop() -> erlang:halt(0).
stop(Status) -> erlang:halt(Status).
script_id() -> {"OTP APN 181 01", "25"}.
get_status() -> {started, started}.
fetch_loaded() -> [].
