%% Protects process introspection that has deterministic answers: alive, flags, mailbox length.
-module(proc_info_misc).
-export([start/0]).

start() ->
    self() ! a,
    self() ! b,
    {message_queue_len, Len} = process_info(self(), message_queue_len),
    {messages, Msgs} = process_info(self(), messages),
    Pid = spawn(fun() -> ok end),
    timer:sleep(20),
    receive a -> ok end,
    receive b -> ok end,
    {Len, Msgs, is_process_alive(self()), is_process_alive(Pid), process_info(Pid),
     process_flag(trap_exit, false), erlang:is_builtin(erlang, self, 0)}.
