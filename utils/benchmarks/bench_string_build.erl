%% Benchmark: string building with io_lib:format, lists:flatten and string functions.
-module(bench_string_build).
-export([run/0]).

line(I) -> io_lib:format("~4..0b: ~s=~p (~.2f)~n", [I rem 10000, "key", {I, [I]}, I / 7]).

run() ->
    Lines = [lists:flatten(line(I)) || I <- lists:seq(1, 40000)],
    Text = lists:append(Lines),
    Words = string:lexemes(Text, " \n"),
    Upper = string:uppercase(lists:sublist(Text, 200000)),
    {length(Text), length(Words), erlang:phash2(Upper), lists:last(Words)}.
