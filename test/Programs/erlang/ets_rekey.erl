%% Keys are terms inside the stored objects: replacing an ordered_set
%% object with a boxed key (the last of its run), and deleting a bag's
%% first object of a key, must leave no key pointing at the freed copy.
-module(ets_rekey).
-export([start/0]).

start() ->
    O = ets:new(o, [ordered_set]),
    [ets:insert(O, {{k, K}, K}) || K <- lists:seq(1, 200)],
    [ets:insert(O, {{k, K}, K * 2}) || K <- lists:seq(1, 200)],
    [ets:update_counter(O, {k, K}, {2, 1 bsl 62}) || K <- lists:seq(1, 200, 7)],
    _ = [binary:copy(<<"x">>, 100) || _ <- lists:seq(1, 1000)],
    R1 = {ets:lookup(O, {k, 64}), ets:lookup(O, {k, 65}), ets:next(O, {k, 64}),
          length(ets:tab2list(O)), ets:member(O, {k, 128}), ets:lookup(O, {k, 200})},
    B = ets:new(b, [bag]),
    [ets:insert(B, {{key, K rem 5}, V}) || K <- lists:seq(1, 50), V <- [a, b, c]],
    [ets:delete_object(B, {{key, K}, a}) || K <- lists:seq(0, 4)],
    ets:select_delete(B, [{{{key, '_'}, c}, [], [true]}]),
    ets:insert(B, {{key, 9}, c}),
    _ = [binary:copy(<<"y">>, 100) || _ <- lists:seq(1, 1000)],
    R2 = {lists:sort(ets:tab2list(B)), ets:lookup(B, {key, 9}), ets:member(B, {key, 3})},
    [R1, R2].
