%% The boot module of beamr-jit: reads its arguments as erl's init does
%% (flags, things to start, plain arguments) and runs the -eval, -s and -run
%% items in order, so stack traces end in init:start_it/1, init:start_em/1
%% and init:do_boot/3 like erl's. Written for beamr-jit; shadows OTP's
%% preloaded init, whose query functions it offers too.
-module(init).
-export([boot/1, get_argument/1, get_arguments/0, get_plain_arguments/0,
         stop/0, stop/1, script_id/0, get_status/0, fetch_loaded/0,
         run_on_load_handlers/0]).
-export([objfile_extension/0, archive_extension/0, code_path_choice/0]). % For erl_prim_loader.

%% As erl's init does: start erl_prim_loader, then run the boot script
%% (-boot, default the installation's start.boot, which is start_clean):
%% logger, the application controller, and the kernel and stdlib
%% applications, whose kernel_sup starts the code server, the file server,
%% standard_error and user on fd ports, logger's handlers and the rest. They
%% are linked to a process of their own, registered as init like erl's, so
%% the -eval code's process sees no links or exit messages from them.
boot(BootArgs) ->
    {Start, Flags, Plain} = parse_args(BootArgs, [], [], []),
    persistent_term:put({?MODULE, arguments},
                        [{Flag, [to_string(V) || V <- Vs]} || {Flag, Vs} <- Flags]),
    persistent_term:put({?MODULE, plain_arguments}, [to_string(A) || A <- Plain]),
    Boot = self(),
    Kernel = spawn(fun() -> start_kernel(Boot) end),
    receive
        {Kernel, started} -> ok;
        {Kernel, failed, Reason} -> exit(Reason)
    end,
    do_boot([start_item(S) || S <- Start], [], []).

%% Arguments (binaries) in order: `-eval E`, `-s M [F [A...]]` and
%% `-run M [F [A...]]` are things to start; any other `-Flag` takes the
%% values up to the next flag; `--` ends a value list; anything else is a
%% plain argument, and so is everything after `-extra`.
parse_args([<<"-extra">> | Rest], Start, Flags, Plain) ->
    {lists:reverse(Start), lists:reverse(Flags), lists:reverse(Plain, Rest)};
parse_args([<<"--">> | Rest], Start, Flags, Plain) ->
    parse_args(Rest, Start, Flags, Plain);
parse_args([<<"-", Name/binary>> = A | Rest0], Start, Flags, Plain) when Name =/= <<>> ->
    {Values, Rest} = flag_values(Rest0, []),
    case A of
        <<"-eval">> -> parse_args(Rest, [{eval, Values} | Start], Flags, Plain);
        <<"-s">> -> parse_args(Rest, [{s, Values} | Start], Flags, Plain);
        <<"-run">> -> parse_args(Rest, [{run, Values} | Start], Flags, Plain);
        _ -> parse_args(Rest, Start, [{binary_to_atom(Name, utf8), Values} | Flags], Plain)
    end;
parse_args([A | Rest], Start, Flags, Plain) ->
    parse_args(Rest, Start, Flags, [A | Plain]);
parse_args([], Start, Flags, Plain) ->
    {lists:reverse(Start), lists:reverse(Flags), lists:reverse(Plain)}.

flag_values([<<"--">> | Rest], Acc) -> {lists:reverse(Acc), Rest};
flag_values([<<"-", N/binary>> | _] = Rest, Acc) when N =/= <<>> -> {lists:reverse(Acc), Rest};
flag_values([V | Rest], Acc) -> flag_values(Rest, [V | Acc]);
flag_values([], Acc) -> {lists:reverse(Acc), []}.

%% What start_it/1 runs: the expression of -eval, the module, function
%% and arguments of -s (atoms) and -run (strings).
start_item({eval, [Expr]}) -> {eval, to_string(Expr)};
start_item({_, []}) -> [];
start_item({_, [M]}) -> [to_atom(M)];
start_item({s, [M, F | As]}) -> [to_atom(M), to_atom(F) | [to_atom(A) || A <- As]];
start_item({run, [M, F | As]}) -> [to_atom(M), to_atom(F) | [to_string(A) || A <- As]].

%% Arguments are text in the file name encoding (UTF-8 under a UTF-8
%% locale, bytes under the C locale), as erl reads them.
to_string(B) ->
    case unicode:characters_to_list(B, file:native_name_encoding()) of
        L when is_list(L) -> L;
        _ -> binary_to_list(B)
    end.
to_atom(B) -> list_to_atom(to_string(B)).

start_kernel(Boot) ->
    register(init, self()),
    process_flag(trap_exit, true),
    group_leader(self(), self()),
    %% OTP's own loader process, which the boot script and
    %% application_controller read files through. It waits with a timeout
    %% for ever, which is no reason for the VM to keep running.
    {ok, Loader} = erl_prim_loader:start(),
    ok = beamr_boot:daemon(Loader),
    case catch boot_script() of
        {script, _Id, Commands} ->
            lists:foreach(fun run_script/1, Commands),
            %% What the -eval, -s and -run items run talks to `user', as on erl.
            group_leader(whereis(user), Boot),
            Boot ! {self(), started},
            kernel_loop();
        {'EXIT', Reason} ->
            Boot ! {self(), failed, Reason};
        Error ->
            Boot ! {self(), failed, Error}
    end.

%% The boot script -boot names (default: the installation's bin/start),
%% read through erl_prim_loader as OTP's init reads it.
boot_script() ->
    Name = case get_argument(boot) of
               {ok, [[B | _] | _]} -> B;
               _ -> filename:join([code:root_dir(), "bin", "start"])
           end,
    InBin = filename:join([code:root_dir(), "bin", Name ++ ".boot"]),
    File = case filename:dirname(Name) =:= "." andalso
               erl_prim_loader:get_file(InBin) =/= error of
               true -> InBin;
               false -> Name ++ ".boot"
           end,
    case erl_prim_loader:get_file(File) of
        {ok, Bin, _} ->
            case catch binary_to_term(Bin) of
                {script, _, _} = Script -> Script;
                _ -> {'bootfile format error', File}
            end;
        error ->
            {'cannot get bootfile', list_to_atom(filename:basename(File))}
    end.

%% One command of the boot script. Modules are loaded when first called
%% (primLoad has nothing to do) and the code path is set from the command
%% line already (path).
run_script({kernelProcess, Name, {M, F, A}}) ->
    case apply(M, F, A) of
        {ok, Pid} -> link(Pid);
        ignore -> ok;
        Other -> exit({Name, Other})
    end;
run_script({apply, {M, F, A}}) ->
    apply(M, F, A);
run_script(_) ->
    ok.

%% Like erl's init, this process is the group leader of what the boot
%% script starts (application masters forward to it); I/O requests that
%% reach it go on to `user'.
kernel_loop() ->
    receive
        IoRequest when element(1, IoRequest) =:= io_request ->
            case whereis(user) of
                undefined -> ok;
                User -> User ! IoRequest
            end,
            kernel_loop();
        _ ->
            kernel_loop()
    end.

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

start_it([]) -> ok;
start_it([M]) -> M:start();
start_it([M, F]) -> M:F();
start_it([M, F | Args]) -> M:F(Args);
start_it({eval, Expr}) ->
    {ok, Ts, _} = erl_scan:string(Expr),
    Ts1 = case lists:reverse(Ts) of
              [{dot, _} | _] -> Ts;
              TsR -> lists:reverse([{dot, erl_anno:new(1)} | TsR])
          end,
    {ok, Exprs} = erl_parse:parse_exprs(Ts1),
    {value, _, _} = erl_eval:exprs(Exprs, erl_eval:new_bindings()),
    ok.

%% The flags of boot/1's arguments, as erl's init keeps them.
get_arguments() -> persistent_term:get({?MODULE, arguments}, []).
get_argument(Flag) ->
    case [Values || {F, Values} <- get_arguments(), F =:= Flag] of
        [] -> error;
        All -> {ok, All}
    end.
get_plain_arguments() -> persistent_term:get({?MODULE, plain_arguments}, []).
stop() -> erlang:halt(0).
stop(Status) -> erlang:halt(Status).
script_id() -> {"OTP APN 181 01", "25"}.
get_status() -> {started, started}.
fetch_loaded() -> [].
%% kernel's safe supervisor asks init to run the -on_load functions of the
%% modules the boot loaded; modules load on first call here, each running
%% its own, so none are left.
run_on_load_handlers() -> ok.
objfile_extension() -> ".beam".
archive_extension() -> ".ez".
code_path_choice() ->
    case get_argument(code_path_choice) of
        {ok, [["strict"]]} -> strict;
        _ -> relaxed
    end.
