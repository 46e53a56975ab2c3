%% Protects -on_load: the function runs once before the module's first call (from any process), its side effects are visible, and a failing on_load leaves a module that raises undef.
-module(ve_on_load).
-export([start/0, value/0]).
-on_load(setup/0).
setup() ->
    persistent_term:put({?MODULE, loaded}, persistent_term:get({?MODULE, loaded}, 0) + 1),
    ok.
value() -> persistent_term:get({?MODULE, loaded}).
start() ->
    Self = self(),
    [spawn(fun() -> Self ! {v, ve_on_load_helper:get()} end) || _ <- [1, 2, 3]],
    Vs = [receive {v, V} -> V end || _ <- [1, 2, 3]],
    logger:set_primary_config(level, none),
    Bad = try ve_on_load_bad:f() catch C:R -> {C, R} end,
    [value(), Vs, ve_on_load_helper:get(), ve_on_load_helper:count(), Bad, erlang:function_exported(ve_on_load_bad, f, 0)].
