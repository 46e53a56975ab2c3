%% For on-load-self.test: an on_load function that calls its own
%% module's export, which erl answers with undef (the module is not loaded
%% until on_load returns).
-module(on_load_self).
-export([value/0, helper/0]).
-on_load(init/0).
init() -> persistent_term:put(on_load_self_key, ?MODULE:helper()), ok.
helper() -> 42.
value() -> persistent_term:get(on_load_self_key).
