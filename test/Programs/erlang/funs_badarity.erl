%% Protects {badarity,{Fun,Args}} when a fun is called with the wrong number of arguments.
-module(funs_badarity).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    F = ?MODULE:id(fun(X, Y) -> X + Y end),
    G = ?MODULE:id(fun lists:reverse/1),
    [try F(1) catch error:{badarity, {Fun, Args}} -> {badarity, Fun =:= F, Args} end,
     try apply(F, [1, 2, 3]) catch error:{badarity, {Fun2, Args2}} -> {badarity, Fun2 =:= F, Args2} end,
     try G(a, b) catch error:R -> {element(1, R), element(2, element(2, R))} end,
     try (?MODULE:id(fun() -> ok end))(x) catch error:{badarity, {_, A3}} -> A3 end].
