%% Helper of erlang/ve_on_load: a module whose -on_load fails.
-module(ve_on_load_bad).
-export([f/0]).
-on_load(init/0).
init() -> not_ok.
f() -> unreachable.
