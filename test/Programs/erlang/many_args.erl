%% Protects calls with many arguments and functions keeping many live values across calls.
-module(many_args).
-export([start/0, ext/12]).

f(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P) ->
    [A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P].

ext(A, B, C, D, E, F, G, H, I, J, K, L) -> A + B + C + D + E + F + G + H + I + J + K + L.

g(X) -> X + 1.

live(X) ->
    A = g(X), B = g(A), C = g(B), D = g(C), E = g(D), F = g(E), G = g(F), H = g(G),
    I = g(H), J = g(I), K = g(J), L = g(K), M = g(L), N = g(M), O = g(N), P = g(O),
    f(P, O, N, M, L, K, J, I, H, G, F, E, D, C, B, A).

start() ->
    Fun = fun(A, B, C, D, E, F, G, H, I, J) -> {J, I, H, G, F, E, D, C, B, A} end,
    {f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), live(0),
     ?MODULE:ext(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), Fun(a, b, c, d, e, f, g, h, i, j),
     apply(?MODULE, ext, lists:seq(1, 12))}.
