%% Protects the rand module's deterministic sequences under fixed seeds for several algorithms.
-module(rand_seeded).
-export([start/0]).

start() ->
    rand:seed(exsss, {1, 2, 3}),
    Ints = [rand:uniform(100) || _ <- lists:seq(1, 10)],
    Floats = [rand:uniform() || _ <- lists:seq(1, 3)],
    Big = rand:uniform(1 bsl 80),
    Normal = rand:normal(),
    S0 = rand:seed_s(exrop, {7, 8, 9}),
    {L, _} = lists:mapfoldl(fun(_, S) -> rand:uniform_s(1000, S) end, S0, lists:seq(1, 5)),
    S1 = rand:seed_s(exro928ss, {4, 5, 6}),
    {X928, _} = rand:uniform_s(S1),
    S2 = rand:seed_s(exs1024s, {1, 1, 1}),
    {X1024, _} = rand:uniform_s(10, S2),
    rand:seed(exsss, {1, 2, 3}),
    Again = [rand:uniform(100) || _ <- lists:seq(1, 10)],
    {Ints, Floats, Big, Normal, L, X928, X1024, Again =:= Ints,
     rand:bytes(0), element(1, rand:export_seed())}.
