-module(ub_strings3).
-export([start/0]).
caesar(S, N) -> [if C >= $a, C =< $z -> $a + (C - $a + N) rem 26; C >= $A, C =< $Z -> $A + (C - $A + N) rem 26; true -> C end || C <- S].
palindrome(S) -> C = [string:to_lower(X) || X <- S, X =/= $\s], C =:= lists:reverse(C).
word_count(S) -> lists:foldl(fun(W, M) -> maps:update_with(W, fun(V) -> V + 1 end, 1, M) end, #{}, string:lexemes(string:lowercase(S), " .,")).
rle([]) -> [];
rle([H | T]) -> {Run, Rest} = lists:splitwith(fun(X) -> X =:= H end, T), [{H, length(Run) + 1} | rle(Rest)].
start() ->
    [caesar("Hello, World!", 3), palindrome("A man a plan a canal Panama"), palindrome("hello"),
     lists:sort(maps:to_list(word_count("The cat. The dog, the END"))), rle("aaabccdddd"),
     string:join([integer_to_list(X) || X <- lists:seq(1, 5)], "+"), lists:flatten(lists:join(", ", ["a", "b"])),
     string:split("key=value=x", "="), [string:trim(X) || X <- string:split(" a , b ,c ", ",", all)],
     string:to_integer("  12"), list_to_integer(string:trim("  12 ")), string:pad(integer_to_list(42), 6, leading, $0),
     io_lib:format("~6..0B", [42]), lists:flatten(io_lib:format("~8.16.0B", [255])), string:uppercase(<<"bin">>),
     binary:bin_to_list(string:lowercase(<<"ÄBC"/utf8>>)), string:find("path/to/file.txt", "/", trailing),
     filename:basename("/a/b/c.erl"), filename:extension("x.tar.gz"), filename:rootname("a/b.erl"), filename:dirname("/a/b/c"),
     filename:join(["a", "b", "c.txt"]), filename:split("/usr/local/bin"), filename:join("/a", "../b"),
     string:tokens("1,2;3", ",;"), lists:reverse(string:tokens("a b c", " ")), erlang:list_to_integer(lists:reverse("0123"))].
