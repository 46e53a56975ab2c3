%%===- lib/Runtime/erlang/beamr_io_server.erl - The standard IO server ---===%%
%%
%% The group leader of the first process: it answers the Erlang I/O
%% protocol ({io_request, From, ReplyAs, Request} -> {io_reply, ReplyAs,
%% Reply}) for standard input and output, as erl's `user' does under
%% -noshell. Output goes through beamr_io:put_chars/4, which converts the
%% characters and writes them to the file descriptor at once, so nothing is
%% left to flush when the VM halts. Input is read a line at a time with
%% beamr_io:read_line/0 (blocking). It also prints erl's error report for a
%% process that crashed (the runtime sends {beamr_error_report, ...}).
%%
%%===----------------------------------------------------------------------===%%
-module(beamr_io_server).
-export([init/2]).

%% fd: where output goes (1 for `user', 2 for `standard_error'); only the
%% server on 1 reads standard input.
%% encoding: how the device's bytes are read and written (unicode: UTF-8);
%% binary: whether reads answer binaries (else lists); buffer: characters
%% read but not taken yet.
-record(state, {fd = 1, encoding = latin1, binary = false, buffer = [], eof = false,
                reports = [], report_due = infinity}).

%% erl's logger prints a crash report some 30-50 ms after the crash, and not
%% at all if the VM halts first; programs that halt right after a crash
%% print nothing on erl. Reports wait this long here too.
-define(REPORT_DELAY_MS, 40).

%% The runtime spawns one server per output (lib/Runtime/IoServer.cpp):
%% `user' on fd 1, the first process's group leader, and `standard_error'
%% on fd 2.
init(Fd, Name) ->
    catch register(Name, self()),
    loop(#state{fd = Fd}).

loop(S) ->
    receive
        {io_request, From, ReplyAs, Request} ->
            {Reply, S1} = case catch request(Request, S) of
                              {'EXIT', _} -> {{error, request}, S};
                              Result -> Result
                          end,
            From ! {io_reply, ReplyAs, Reply},
            loop(S1);
        {beamr_error_report, Header, Pid, Reason} ->
            case whereis(logger) of
                undefined -> loop(queue_report(Header, Pid, Reason, S));
                Logger -> Logger ! crash_log_event(Pid, Reason), loop(S)
            end;
        _Other ->
            loop(S)
    after report_timeout(S) ->
            _ = beamr_io:put_chars(1, unicode, S#state.encoding,
                                   lists:reverse(S#state.reports)),
            loop(S#state{reports = [], report_due = infinity})
    end.

%% Without a logger process the server prints the report itself, after the
%% delay erl's logger takes.
queue_report(Header, Pid, Reason, S) ->
    Due = case S#state.reports of
              [] -> now_ms() + ?REPORT_DELAY_MS;
              _ -> S#state.report_due
          end,
    S#state{reports = [error_report(Header, Pid, Reason) | S#state.reports], report_due = Due}.

%% The event erts sends to logger for a crashed process, so that logger's
%% level, filters and handlers decide what is printed, as on erl.
crash_log_event(Pid, Reason) ->
    Meta = #{error_logger => #{tag => error, emulator => true},
             gl => self(), pid => Pid, time => erlang:system_time(microsecond)},
    {log, error, "Error in process ~p with exit value:~n~p~n", [Pid, Reason], Meta}.

report_timeout(#state{report_due = infinity}) -> infinity;
report_timeout(#state{report_due = Due}) -> max(0, Due - now_ms()).

now_ms() -> erlang:monotonic_time(millisecond).

%% erl's logger text for a crashed process; `~w' text if io_lib fails.
error_report(Header, Pid, Reason) ->
    case catch io_lib:format("~s~nError in process ~p with exit value:~n~p~n~n",
                             [Header, Pid, Reason]) of
        {'EXIT', _} ->
            [Header, "\nError in process ", beamr_io:format_term(Pid),
             " with exit value:\n", beamr_io:format_term(Reason), "\n\n"];
        Text ->
            Text
    end.

%% --- Requests ------------------------------------------------------------

request({put_chars, Enc, Chars}, S) ->
    put_chars(Enc, Chars, S);
request({put_chars, Enc, M, F, A}, S) ->
    case catch apply(M, F, A) of
        {'EXIT', _} -> {{error, put_chars}, S};
        Chars -> put_chars(Enc, Chars, S)
    end;
request({put_chars, Chars}, S) ->
    put_chars(latin1, Chars, S);
request({put_chars, M, F, A}, S) ->
    request({put_chars, latin1, M, F, A}, S);
request({requests, Reqs}, S) ->
    requests(Reqs, {ok, S});
request({setopts, Opts}, S) ->
    setopts(Opts, S);
request(getopts, S) ->
    {[{binary, S#state.binary}, {encoding, S#state.encoding}], S};
request({get_geometry, _}, S) ->
    {{error, enotsup}, S};
request(Request, #state{fd = Fd} = S) when Fd =/= 1, element(1, Request) =:= get_line;
                                           Fd =/= 1, element(1, Request) =:= get_chars;
                                           Fd =/= 1, element(1, Request) =:= get_until ->
    {{error, {request, Request}}, S}; % erl's standard_error reads nothing
request({get_line, Enc, Prompt}, S) ->
    get_chars(Enc, Prompt, collect_line, [], S);
request({get_line, Prompt}, S) ->
    get_chars(latin1, Prompt, collect_line, [], S);
request({get_chars, Enc, Prompt, N}, S) ->
    get_chars(Enc, Prompt, collect_chars, N, S);
request({get_chars, Prompt, N}, S) ->
    get_chars(latin1, Prompt, collect_chars, N, S);
request({get_until, Enc, Prompt, M, F, A}, S) ->
    get_chars(Enc, Prompt, get_until, {M, F, A}, S);
request({get_until, Prompt, M, F, A}, S) ->
    get_chars(latin1, Prompt, get_until, {M, F, A}, S);
request(_, S) ->
    {{error, request}, S}.

requests([], Acc) ->
    Acc;
requests([R | Rs], {ok, S}) ->
    requests(Rs, request(R, S));
requests(_, Error) ->
    Error.

put_chars(Enc, Chars, S) ->
    case beamr_io:put_chars(S#state.fd, Enc, S#state.encoding, Chars) of
        ok -> {ok, S};
        _ -> {{error, put_chars}, S}
    end.

setopts([], S) ->
    {ok, S};
setopts([{encoding, E} | Os], S) when E =:= latin1; E =:= unicode; E =:= utf8 ->
    setopts(Os, S#state{encoding = case E of latin1 -> latin1; _ -> unicode end});
setopts([{binary, B} | Os], S) when is_boolean(B) ->
    setopts(Os, S#state{binary = B});
setopts([binary | Os], S) ->
    setopts(Os, S#state{binary = true});
setopts([list | Os], S) ->
    setopts(Os, S#state{binary = false});
setopts([{echo, _} | Os], S) ->
    setopts(Os, S);
setopts([{expand_fun, _} | Os], S) ->
    setopts(Os, S);
setopts(_, S) ->
    {{error, enotsup}, S}.

%% --- Input ---------------------------------------------------------------

%% Feeds buffered and newly read characters to io_lib:F(State, Chars,
%% Encoding, Extra) (the collectors erl's group.erl uses) until it is done;
%% the result is a list of characters, or a binary in binary mode (UTF-8
%% for a unicode request, bytes for latin1), as erl's io servers answer.
get_chars(Enc, Prompt, F, Extra, S) ->
    write_prompt(Prompt, S),
    collect(Enc, F, Extra, start, S).

collect(Enc, F, Extra, State, S) ->
    {Data, S1} = more_input(S),
    case catch io_lib:F(State, Data, Enc, Extra) of
        {stop, Result, Rest} ->
            {result(Result, Enc, S1), S1#state{buffer = rest_chars(Rest)}};
        {'EXIT', _} ->
            {{error, F}, S1};
        _ when Data =:= eof ->
            {eof, S1};
        State1 ->
            %% Anything else is the collector's continuation.
            collect(Enc, F, Extra, State1, S1)
    end.

result(Chars, latin1, #state{binary = true}) when is_list(Chars) ->
    case lists:all(fun(C) -> C =< 255 end, Chars) of
        true -> list_to_binary(Chars);
        false -> {error, {no_translation, unicode, latin1}}
    end;
result(Chars, _, #state{binary = true}) when is_list(Chars) ->
    unicode:characters_to_binary(Chars);
result(Result, _, _) ->
    Result.

%% The buffered characters, or the next line read (decoded from UTF-8 when
%% the device's encoding is unicode), or eof.
more_input(#state{buffer = B} = S) when B =/= [] ->
    {B, S#state{buffer = []}};
more_input(#state{eof = true} = S) ->
    {eof, S};
more_input(S) ->
    case beamr_io:read_line() of
        eof -> {eof, S#state{eof = true}};
        Line -> {decode(Line, S#state.encoding), S}
    end.

decode(Bytes, unicode) ->
    case unicode:characters_to_list(Bytes, utf8) of
        Chars when is_list(Chars) -> Chars;
        _ -> binary_to_list(Bytes) % Not UTF-8: the bytes as they are.
    end;
decode(Bytes, latin1) ->
    binary_to_list(Bytes).

rest_chars(eof) -> [];
rest_chars(Rest) when is_list(Rest) -> Rest;
rest_chars(Rest) when is_binary(Rest) -> binary_to_list(Rest).

write_prompt('', _S) ->
    ok;
write_prompt(Prompt, S) when is_atom(Prompt) ->
    beamr_io:put_chars(1, unicode, S#state.encoding, atom_to_list(Prompt));
write_prompt(Prompt, S) ->
    case catch beamr_io:put_chars(1, unicode, S#state.encoding, Prompt) of
        ok -> ok;
        _ -> beamr_io:put_chars(1, unicode, S#state.encoding,
                                io_lib:format("~p", [Prompt]))
    end.
