%% Protects the forms of send: ! returns the message and chains, erlang:send/2,3 and send_nosuspend/3 (noconnect, nosuspend, badopt causes), {Name, node()} destinations, sends to dead pids succeed, to unregistered names and bad destinations fail with badarg.
-module(msg_send_forms).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
mail() -> receive M -> [M | mail()] after 20 -> [] end.
start() ->
    register(send_me, self()),
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    R1 = [self() ! a, self() ! self() ! b, erlang:send(self(), c), erlang:send(self(), d, []),
          erlang:send(self(), e, [noconnect]), erlang:send(self(), f, [nosuspend]),
          erlang:send(self(), g, [noconnect, nosuspend]), send_me ! h, {send_me, node()} ! i,
          erlang:send({send_me, node()}, j), Dead ! k, erlang:send(Dead, l, [])],
    R2 = mail(),
    R3 = [t(fun() -> nobody_here ! x end), t(fun() -> {nobody_here, node()} ! x end),
          t(fun() -> erlang:send(nobody_here, x) end), t(fun() -> erlang:send(self(), x, [bogus]) end),
          t(fun() -> erlang:send(self(), x, notalist) end), t(fun() -> 42 ! x end),
          t(fun() -> "str" ! x end), t(fun() -> {a, b, c} ! x end), t(fun() -> {send_me, 42} ! x end)],
    Cause = fun(F) -> try F() catch error:badarg:St -> [{_, _, _, I} | _] = St, maps:get(cause, proplists:get_value(error_info, I)) end end,
    R5 = [Cause(fun() -> erlang:send(self(), x, [bogus]) end), Cause(fun() -> erlang:send_nosuspend(self(), x, [bogus]) end),
          Cause(fun() -> erlang:send_nosuspend(self(), x, bogus) end), erlang:send_nosuspend(self(), y, [noconnect])],
    R4 = mail(),
    unregister(send_me),
    [R1, R2, R3, R5, R4].
