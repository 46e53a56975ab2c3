%% Protects queue: FIFO operations, both ends, reverse, split, join, filter and the okasaki API.
-module(queue_module).
-export([start/0]).

drain(Q) ->
    case queue:out(Q) of
        {{value, V}, Q2} -> [V | drain(Q2)];
        {empty, _} -> []
    end.

start() ->
    Q = lists:foldl(fun queue:in/2, queue:new(), [1, 2, 3, 4, 5]),
    Q2 = queue:in_r(0, Q),
    {Front, Back} = queue:split(2, Q2),
    {drain(Q), queue:to_list(Q2), queue:len(Q2), queue:peek(Q), queue:peek_r(Q),
     queue:to_list(queue:reverse(Q)), {queue:to_list(Front), queue:to_list(Back)},
     queue:to_list(queue:join(Front, Back)), queue:to_list(queue:filter(fun(X) -> X rem 2 =:= 0 end, Q)),
     queue:member(3, Q), queue:is_empty(queue:new()), queue:out_r(queue:from_list([a])),
     queue:head(Q), queue:last(Q), queue:to_list(queue:drop(Q)), queue:to_list(queue:cons(x, Q)),
     queue:get_r(Q), queue:all(fun is_integer/1, Q), queue:fold(fun(X, A) -> X + A end, 0, Q)}.
