-module(ub_rand).
-export([start/0]).
start() ->
    rand:seed(exsss, {1, 2, 3}),
    A = [rand:uniform(100) || _ <- lists:seq(1, 10)],
    B = rand:uniform(),
    S1 = rand:seed_s(exsplus, {4, 5, 6}),
    {C, S2} = rand:uniform_s(1000, S1),
    {D, _} = rand:normal_s(S2),
    rand:seed(exro928ss, {7, 8, 9}),
    E = [rand:uniform(6) || _ <- lists:seq(1, 10)],
    rand:seed(exs1024s, {1, 1, 1}),
    F = rand:uniform(1 bsl 80),
    rand:seed(exrop, {3, 3, 3}),
    G = rand:bytes(8),
    H = rand:uniform_real(),
    random:seed(1, 2, 3),
    I = [random:uniform(10) || _ <- lists:seq(1, 5)],
    rand:seed(exsss, 42),
    J = lists:sort([{rand:uniform(), X} || X <- [a, b, c, d]]),
    {A, B, C, D, E, F, G, H, I, [X || {_, X} <- J], rand:export_seed() =/= undefined}.
