%% Helper of erlang/ve_on_load: a module whose -on_load counts its runs.
-module(ve_on_load_helper).
-export([get/0, count/0]).
-on_load(init/0).
init() ->
    persistent_term:put({?MODULE, runs}, persistent_term:get({?MODULE, runs}, 0) + 1),
    ok.
get() -> ready.
count() -> persistent_term:get({?MODULE, runs}).
