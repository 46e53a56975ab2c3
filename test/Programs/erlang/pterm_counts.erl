%% Protects persistent_term bookkeeping: info/0 count grows by one per new key and not for an overwrite, shrinks on erase, get/0 lists our pairs, values put by one process are seen by others, and put/2 with a key of any type.
-module(pterm_counts).
-export([start/0]).
count() -> maps:get(count, persistent_term:info()).
start() ->
    C0 = count(),
    Keys = [{?MODULE, 1}, <<"bin key">>, [list, key], 42, 3.5, {?MODULE, {nested, [a]}}],
    [persistent_term:put(K, {value, K}) || K <- Keys],
    C1 = count() - C0,
    persistent_term:put(42, changed),
    C2 = count() - C0,
    Mine = lists:sort([P || {K, _} = P <- persistent_term:get(), lists:member(K, Keys)]),
    S = self(),
    spawn(fun() -> persistent_term:put({?MODULE, child}, from_child), S ! put_done end),
    receive put_done -> ok end,
    Child = persistent_term:get({?MODULE, child}),
    Erased = [persistent_term:erase(K) || K <- [{?MODULE, child} | Keys]],
    C3 = count() - C0,
    [C1, C2, Mine, Child, Erased, C3].
