-module(ue_text_stats).
-export([start/0]).
text() -> <<"It was the best of times, it was the worst of times, it was the age of wisdom, "
            "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity.">>.
start() ->
    Words = [string:lowercase(W) || W <- string:lexemes(text(), " ,.")],
    Freq = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    Sorted = lists:sort(fun({A, X}, {B, Y}) -> {-X, A} =< {-Y, B} end, maps:to_list(Freq)),
    Lens = lists:foldl(fun(W, M) -> L = string:length(W), M#{L => [W | maps:get(L, M, [])]} end, #{}, lists:usort(Words)),
    [io:format("~-12s ~3b ~s~n", [W, C, lists:duplicate(C, $*)]) || {W, C} <- lists:sublist(Sorted, 6)],
    {length(Words), maps:size(Freq), lists:sublist(Sorted, 3), maps:get(5, Lens), byte_size(text()),
     string:titlecase(hd(Words)), string:join(lists:reverse(string:lexemes("a b c", " ")), " ")}.
