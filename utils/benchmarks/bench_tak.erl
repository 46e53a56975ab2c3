%% Benchmark: the Takeuchi function, measuring deep non-tail calls with three live arguments.
-module(bench_tak).
-export([run/0]).

tak(X, Y, Z) when Y < X -> tak(tak(X - 1, Y, Z), tak(Y - 1, Z, X), tak(Z - 1, X, Y));
tak(_, _, Z) -> Z.

loop(0, Acc) -> Acc;
loop(N, Acc) -> loop(N - 1, Acc + tak(24, 16, 8)).

run() -> loop(60, 0).
