-module(ue_bank).
-export([start/0, deposit/2, withdraw/2]).
-record(account, {id, owner, balance = 0}).
new(Id, Owner) -> #account{id = Id, owner = Owner}.
deposit(A = #account{balance = B}, X) when X > 0 -> {ok, A#account{balance = B + X}};
deposit(_, X) -> {error, {invalid_amount, X}}.
withdraw(A = #account{balance = B}, X) when X =< B -> {ok, A#account{balance = B - X}};
withdraw(#account{balance = B}, X) -> {error, {insufficient, B, X}}.
run(A, []) -> A;
run(A, [{Op, X} | Rest]) ->
    case ?MODULE:Op(A, X) of
        {ok, A2} -> run(A2, Rest);
        {error, E} -> io:format("error: ~p~n", [E]), run(A, Rest)
    end.
start() ->
    A = run(new(1, "ann"), [{deposit, 100}, {withdraw, 30}, {withdraw, 500}, {deposit, -5}, {deposit, 7}]),
    io:format("~s has ~b~n", [A#account.owner, A#account.balance]),
    A.
