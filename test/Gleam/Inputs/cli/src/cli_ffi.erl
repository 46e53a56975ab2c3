-module(cli_ffi).
-export([arguments/0, read_line/0, print/1]).

arguments() -> [unicode:characters_to_binary(A) || A <- init:get_plain_arguments()].

read_line() ->
    case io:get_line("") of
        eof -> {error, nil};
        {error, _} -> {error, nil};
        Line -> {ok, string:trim(Line, trailing, "\n")}
    end.

print(Text) -> io:format("~ts~n", [Text]).
