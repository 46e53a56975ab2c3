%% Protects module_info(functions) (every function, in definition order, with funs), module_info(exports) order, module_info(compile), fun_info_mfa.
-module(vc_module_info).
-export([start/0, b/1]).
-record(r, {a}).
b(X) -> X.
a() -> fun(Y) -> Y + 1 end.
start() -> [?MODULE:module_info(functions), ?MODULE:module_info(exports), module_info(module), (a())(1), #r.a,
            lists:keyfind(vsn, 1, ?MODULE:module_info(attributes)) =/= false, erlang:get_module_info(?MODULE, functions) =:= module_info(functions),
            lists:member({reverse, 1}, lists:module_info(functions)), lists:member({reverse, 1}, lists:module_info(exports)),
            length(lists:module_info(functions)) > length(lists:module_info(exports)),
            [K || {K, _} <- ?MODULE:module_info(compile)], lists:module_info(compile),
            erlang:fun_info_mfa(fun lists:map/2), erlang:fun_info_mfa(fun b/1), erlang:fun_info_mfa(a())].
