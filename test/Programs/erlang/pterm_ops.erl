%% Protects persistent_term: put/get, get/2 defaults, get/1 of a missing key (badarg), overwriting, erase (true/false), get/0 containing our keys, info/0's shape, and terms kept intact across processes.
-module(pterm_ops).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    K = {?MODULE, key},
    R1 = [persistent_term:put(K, [1, 2, {three}]), persistent_term:get(K), persistent_term:get(K, default),
          persistent_term:get({?MODULE, missing}, default), t(fun() -> persistent_term:get({?MODULE, missing}) end),
          persistent_term:put(K, <<"bin">>), persistent_term:get(K), persistent_term:put(K, <<"bin">>)],
    S = self(),
    spawn(fun() -> S ! {child, persistent_term:get(K), persistent_term:get({?MODULE, big}, none)} end),
    R2 = receive {child, A, B} -> {A, B} end,
    persistent_term:put({?MODULE, big}, lists:seq(1, 1000)),
    spawn(fun() -> S ! {child2, lists:sum(persistent_term:get({?MODULE, big}))} end),
    R3 = receive {child2, Sum} -> Sum end,
    All = [{Key, V} || {{?MODULE, _} = Key, V} <- persistent_term:get()],
    Info = persistent_term:info(),
    R4 = [lists:sort([Key || {Key, _} <- All]), lists:sort(maps:keys(Info)), is_integer(maps:get(count, Info)),
          persistent_term:erase(K), persistent_term:erase(K), persistent_term:get(K, gone),
          persistent_term:erase({?MODULE, big}), t(fun() -> persistent_term:get(K) end)],
    [R1, R2, R3, R4].
