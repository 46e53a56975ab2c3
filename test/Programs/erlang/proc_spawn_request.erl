%% erlang:spawn_request/1..5: the reply (tag, reply modes), the request id
%% doubling as the monitor reference, links, spawn_opt options, badarg and
%% badopt (raised, or answered for a bad option), another node
%% (noconnection), and spawn_request_abandon/1.
-module(proc_spawn_request).
-export([start/0, child/1]).

child(Parent) -> Parent ! {from_child, self()}, exit(done).

reply(R) -> receive {spawn_reply, R, Status, What} -> {Status, is_pid(What) orelse What} after 500 -> none end.
tagged(Tag, R) -> receive {Tag, R, Status, _} -> Status after 500 -> none end.
down(R) -> receive {'DOWN', R, process, _, Why} -> Why after 500 -> no_down end.
flush() -> receive M -> [M | flush()] after 50 -> [] end.
err(F) -> try F() of R when is_reference(R) -> ref; R -> R catch error:E -> E end.
unref(L) -> [list_to_tuple([case is_reference(E) of true -> ref; false -> E end || E <- tuple_to_list(M)]) || M <- L].

start() ->
    Self = self(),
    R1 = spawn_request(fun() -> ok end),
    A1 = reply(R1),
    R2 = spawn_request(?MODULE, child, [Self], [monitor]),
    %% The reply comes before anything the child sends.
    First = receive M -> element(1, M) after 500 -> none end,
    A2 = {First, receive {from_child, _} -> got after 500 -> none end, down(R2)},
    R3 = spawn_request(fun() -> ok end, [{reply_tag, my_tag}, {reply, success_only}]),
    A3 = tagged(my_tag, R3),
    R4 = spawn_request(fun() -> ok end, [{reply, no}, monitor]),
    A4 = {down(R4), flush()},
    process_flag(trap_exit, true),
    R5 = spawn_request(erlang, exit, [boom], [link, {priority, low}]),
    {ok, P5} = receive {spawn_reply, R5, ok, P} -> {ok, P} after 500 -> none end,
    A5 = receive {'EXIT', P5, Why5} -> Why5 after 500 -> no_exit end,
    R6 = spawn_request(other@host, fun() -> ok end),
    A6 = reply(R6),
    R7 = spawn_request(other@host, erlang, abs, [1], [{reply, error_only}, {reply_tag, t7}]),
    A7 = tagged(t7, R7),
    A8 = [err(fun() -> spawn_request(not_a_fun) end),
          err(fun() -> spawn_request(fun() -> ok end, [bogus]) end),
          err(fun() -> spawn_request(fun() -> ok end, [{reply, maybe}]) end),
          err(fun() -> spawn_request(m, f, not_a_list) end),
          err(fun() -> spawn_request(fun(_) -> ok end) end)],
    R9 = spawn_request(node(), fun() -> ok end),
    A9 = {reply(R9), spawn_request_abandon(R9), err(fun() -> spawn_request_abandon(x) end)},
    [A1, A2, A3, A4, A5, A6, A7, A8, A9, unref(flush())].
