%% Protects the keys process_info/1 returns and their order, for a plain and a registered process, and for self().
-module(proc_info_keys).
-export([start/0]).
keys(L) -> [K || {K, _} <- L].
start() ->
    P = spawn(fun() -> receive stop -> ok end end),
    timer:sleep(10),
    K1 = keys(process_info(P)),
    register(keys_target, P),
    K2 = keys(process_info(P)),
    K3 = keys(process_info(self())),
    P ! stop,
    [K1, K2, K3 -- [registered_name]].
