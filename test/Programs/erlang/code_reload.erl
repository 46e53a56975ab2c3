%% Hot code loading through OTP's code server: old and current code side by
%% side, not_purged, soft and hard purges (killing a process still in old
%% code), funs of old code, delete, bad binaries, code:add_patha, on_load.
-module(code_reload).
-export([start/0]).

%% A module cr_mod of version Vsn: vsn/0, a fun made by make_fun/0 and a
%% process loop that stays in the code it started in.
forms(Vsn) ->
    Text = ["-module(cr_mod).\n",
            "-export([vsn/0, make_fun/0, wait/0]).\n",
            "vsn() -> ", integer_to_list(Vsn), ".\n",
            "make_fun() -> fun() -> {fun_of, ", integer_to_list(Vsn), "} end.\n",
            "wait() -> receive stop -> ok end.\n"],
    scan_forms(lists:flatten(Text)).

scan_forms(Text) ->
    {ok, Ts, _} = erl_scan:string(Text),
    split(Ts, []).
split([], []) -> [];
split([{dot, _} = D | Ts], Acc) ->
    {ok, F} = erl_parse:parse_form(lists:reverse([D | Acc])),
    [F | split(Ts, [])];
split([T | Ts], Acc) -> split(Ts, [T | Acc]).

compile(Forms) ->
    {ok, Mod, Bin} = compile:forms(Forms, [binary]),
    {Mod, Bin}.

start() ->
    %% (erl also logs why a load or delete failed; those reports are not compared.)
    logger:set_primary_config(level, none),
    {cr_mod, V1} = compile(forms(1)),
    {cr_mod, V2} = compile(forms(2)),
    {cr_mod, V3} = compile(forms(3)),
    R1 = code:load_binary(cr_mod, "cr_mod.beam", V1),
    Old = cr_mod:make_fun(),
    Waiter = spawn(cr_mod, wait, []),
    Mon = monitor(process, Waiter),
    R2 = code:load_binary(cr_mod, "cr_mod.beam", V2),
    Now = cr_mod:vsn(),
    FunOld = Old(),
    FunNew = (cr_mod:make_fun())(),
    OldCode = erlang:check_old_code(cr_mod),
    InOld = {erlang:check_process_code(Waiter, cr_mod),
             erlang:check_process_code(self(), cr_mod)},
    NotPurged = code:load_binary(cr_mod, "cr_mod.beam", V3),
    Soft = code:soft_purge(cr_mod),
    StillThere = is_process_alive(Waiter),
    Hard = code:purge(cr_mod),
    Down = receive {'DOWN', Mon, process, _, Why} -> Why after 5000 -> timeout end,
    AfterPurge = {erlang:check_old_code(cr_mod), code:soft_purge(cr_mod)},
    OldFunNow = try Old() catch C1:R1e -> {C1, element(1, R1e)} end,
    R3 = code:load_binary(cr_mod, "cr_mod.beam", V3),
    Third = cr_mod:vsn(),
    Waiter2 = spawn(cr_mod, wait, []),
    Soft2 = {code:soft_purge(cr_mod), is_process_alive(Waiter2)},
    Waiter2 ! stop,
    Deleted = code:delete(cr_mod),
    DeletedAgain = code:delete(cr_mod),
    Gone = {code:is_loaded(cr_mod), erlang:module_loaded(cr_mod),
            catch cr_mod:vsn()},
    Purged = code:purge(cr_mod),
    Bad = {code:load_binary(cr_bad, "cr_bad.beam", <<"junk">>),
           erlang:load_module(cr_mod, <<"FOR1">>),
           erlang:prepare_loading(other_name, V1),
           try erlang:finish_loading([make_ref()]) catch error:E1 -> E1 end,
           try erlang:prepare_loading("cr_mod", V1) catch error:E2 -> E2 end,
           erlang:delete_module(no_such_module_here)},
    [R1, R2, Now, FunOld, FunNew, OldCode, InOld, NotPurged, Soft, StillThere, Hard, Down,
     AfterPurge, OldFunNow, R3, Third, Soft2, Deleted, DeletedAgain, Gone, Purged, Bad,
     from_path(), on_load()].

%% A module written into a new directory that code:add_patha/1 puts first.
from_path() ->
    Dir = filename:join(os:getenv("TMPDIR", "/tmp"),
                        "code_reload_" ++ os:getpid() ++ "_" ++
                            integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    {cr_path, Bin} = compile(scan_forms("-module(cr_path).\n-export([hi/0]).\nhi() -> hello.\n")),
    ok = file:write_file(filename:join(Dir, "cr_path.beam"), Bin),
    Before = code:which(cr_path),
    true = code:add_patha(Dir),
    First = hd(code:get_path()) =:= Dir,
    Hi = cr_path:hi(),
    Which = filename:basename(code:which(cr_path)),
    Loaded = code:is_loaded(cr_path) =:= {file, filename:join(Dir, "cr_path.beam")},
    true = code:del_path(Dir),
    ok = file:delete(filename:join(Dir, "cr_path.beam")),
    ok = file:del_dir(Dir),
    {Before, First, Hi, Which, Loaded}.

%% on_load through code:load_binary: a good one runs before the module is
%% callable, a failing one leaves nothing loaded.
on_load() ->
    Good = "-module(cr_onload).\n-export([v/0]).\n-on_load(init/0).\n"
           "init() -> persistent_term:put(cr_onload, ran), ok.\nv() -> persistent_term:get(cr_onload).\n",
    Bad = "-module(cr_onload_bad).\n-export([v/0]).\n-on_load(init/0).\n"
          "init() -> nope.\nv() -> 1.\n",
    {cr_onload, GoodBin} = compile(scan_forms(Good)),
    {cr_onload_bad, BadBin} = compile(scan_forms(Bad)),
    G = code:load_binary(cr_onload, "cr_onload.beam", GoodBin),
    GV = cr_onload:v(),
    B = code:load_binary(cr_onload_bad, "cr_onload_bad.beam", BadBin),
    BV = {erlang:module_loaded(cr_onload_bad), catch cr_onload_bad:v()},
    {G, GV, B, element(1, BV), element(1, element(2, element(2, BV)))}.
