%% Protects io_lib helpers: write, print, write_atom, write_string, printable_list, char_list.
-module(io_lib_misc).
-export([start/0]).

start() ->
    {lists:flatten(io_lib:write({a, [1, "x"]})), lists:flatten(io_lib:print({a, [1, "x"]})),
     lists:flatten(io_lib:write_atom('needs quotes')), lists:flatten(io_lib:write_atom(plain)),
     lists:flatten(io_lib:write_string("tab\there")), lists:flatten(io_lib:write_char($a)),
     io_lib:printable_list("abc"), io_lib:printable_list([0]), io_lib:printable_unicode_list([16#3B1]),
     io_lib:printable_latin1_list([233]), io_lib:char_list("abc"), io_lib:deep_char_list(["a", ["b"]]),
     lists:flatten(io_lib:fwrite("~p", [x])), lists:flatten(io_lib:write([1, 2], 1)),
     lists:flatten(io_lib:write_latin1_string("é")), lists:flatten(io_lib:format("~p", ['hello world'])),
     io_lib:quote_atom(a, 'A'), io_lib:indentation("ab\ncd", 4)}.
