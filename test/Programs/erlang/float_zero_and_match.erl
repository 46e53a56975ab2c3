%% Protects float literal patterns, signed zero handling and float/int pattern distinction.
-module(float_zero_and_match).
-export([start/0, id/1]).

id(X) -> X.

kind(0.0) -> zero_float;
kind(0) -> zero_int;
kind(1.5) -> one_and_half;
kind(X) when is_float(X) -> other_float;
kind(_) -> other.

start() ->
    Z = ?MODULE:id(0.0),
    N = ?MODULE:id(-0.0),
    {[kind(?MODULE:id(V)) || V <- [0.0, -0.0, 0, 1.5, 1.50001, 2]], Z == N, Z =:= N, Z < N,
     -Z, N * -1, 0.0 * -1, term_to_binary(N), float_to_list(N), N + 0}.
