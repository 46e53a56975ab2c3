%% Protects dict (hash-based, phash order) including its unsorted to_list order.
-module(dict_module).
-export([start/0]).

start() ->
    D = dict:from_list([{K, length(atom_to_list(K))} || K <- [alpha, beta, gamma, delta, epsilon]]),
    D2 = dict:append(list, 1, dict:append(list, 2, dict:store(beta, 40, D))),
    D3 = dict:update_counter(alpha, 100, dict:erase(gamma, D2)),
    Big = dict:from_list([{I, I} || I <- lists:seq(1, 100)]),
    {dict:to_list(D), dict:fetch(beta, D2), dict:find(gamma, D3), dict:fetch(list, D2),
     dict:to_list(D3), dict:size(Big), lists:sublist(dict:fetch_keys(Big), 10),
     dict:fold(fun(_, V, A) -> V + A end, 0, Big), dict:is_key(alpha, D),
     dict:to_list(dict:merge(fun(_, A, B) -> A + B end, D, dict:from_list([{beta, 1}, {zeta, 2}]))),
     dict:to_list(dict:map(fun(_, V) -> V * 2 end, dict:filter(fun(_, V) -> V > 4 end, D)))}.
