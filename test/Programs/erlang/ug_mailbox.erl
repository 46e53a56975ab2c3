-module(ug_mailbox).
-export([start/0]).
collect(0, Acc) -> lists:reverse(Acc);
collect(N, Acc) -> receive {msg, X} -> collect(N - 1, [X | Acc]) after 1000 -> timeout end.
priority() ->
    receive {high, X} -> [X | priority()]
    after 0 -> receive {low, Y} -> [Y | priority()] after 0 -> [] end
    end.
start() ->
    Self = self(),
    [spawn(fun() -> Self ! {msg, N} end) || N <- lists:seq(1, 5)],
    Got = lists:sort(collect(5, [])),
    [self() ! M || M <- [{low, 1}, {high, 2}, {low, 3}, {high, 4}]],
    P = priority(),
    self() ! {ref_test, make_ref()},
    R = receive {ref_test, Ref} when is_reference(Ref) -> ok end,
    F = fun Flush() -> receive _ -> Flush() after 0 -> flushed end end,
    self() ! junk,
    {Got, P, R, F(), process_info(self(), message_queue_len)}.
