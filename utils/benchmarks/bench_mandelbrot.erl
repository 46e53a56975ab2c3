%% Benchmark: Mandelbrot set membership on a grid, measuring float arithmetic in tight loops.
-module(bench_mandelbrot).
-export([run/0]).

-define(SIZE, 800).
-define(ITER, 50).

escapes(_, _, _, _, 0) -> 0;
escapes(Zr, Zi, Cr, Ci, N) ->
    Zr2 = Zr * Zr, Zi2 = Zi * Zi,
    if Zr2 + Zi2 > 4.0 -> 1;
       true -> escapes(Zr2 - Zi2 + Cr, 2.0 * Zr * Zi + Ci, Cr, Ci, N - 1)
    end.

row(Y) ->
    Ci = 2.0 * Y / ?SIZE - 1.0,
    lists:foldl(fun(X, Acc) ->
                        Cr = 2.0 * X / ?SIZE - 1.5,
                        Acc * 2 rem 1000000007 + 1 - escapes(0.0, 0.0, Cr, Ci, ?ITER)
                end, 0, lists:seq(0, ?SIZE - 1)).

run() -> lists:foldl(fun(Y, Acc) -> (Acc * 31 + row(Y)) rem 1000000007 end, 0, lists:seq(0, ?SIZE - 1)).
