-module(uf_io_lib_misc).
-export([start/0]).
start() ->
    [io_lib:write(x), io_lib:write([1, 2]), io_lib:write({a, "s"}, 1), lists:flatten(io_lib:write(lists:seq(1, 10), 5)),
     io_lib:write_atom(a), io_lib:write_atom('A b'), io_lib:write_string("a\"b"), io_lib:write_char($a), io_lib:write_latin1_string("é"),
     io_lib:format("~w", [[]]), io_lib:indentation("ab\ncd", 0), io_lib:deep_char_list(["a", [$b]]), io_lib:latin1_char_list([300]),
     io_lib:printable_latin1_list("abc"), io_lib:printable_list([200]), io_lib:printable_unicode_list([200, 1000]),
     io_lib:scan_format("~p ~5.2f", [x, 1.0]) =/= [], io_lib:fread("~d,~d", "1,2"), io_lib:fread("~a", "atom rest"),
     io_lib:fread("~f", "3.5"), io_lib:fread("~s~s", "ab cd"), io_lib:fread("~3c", "abcdef"), io_lib:nl(),
     lists:flatten(io_lib:build_text(io_lib:scan_format("~w-~w", [1, 2]))), io_lib:unscan_format(io_lib:scan_format("~-5w|", [x]))].
