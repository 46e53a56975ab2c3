%% Protects string building with binaries and iolists: concatenation, joins and flattening.
-module(string_binary_concat).
-export([start/0]).

join([], _) -> <<>>;
join([H | T], Sep) -> lists:foldl(fun(E, Acc) -> <<Acc/binary, Sep/binary, E/binary>> end, H, T).

start() ->
    Words = [<<"alpha">>, <<"beta">>, <<"gamma">>],
    IoList = [[W, $\s] || W <- Words],
    {join(Words, <<", ">>), iolist_to_binary(IoList), iolist_size(IoList),
     iolist_to_binary(lists:join(<<"-">>, Words)), lists:flatten(io_lib:format("~s/~s", Words -- [<<"beta">>])),
     << <<W/binary>> || W <- Words >>, unicode:characters_to_binary(["a", <<"b">>, [$c | <<"d">>]]),
     binary:list_to_bin(lists:duplicate(3, "ab")), string:join([binary_to_list(W) || W <- Words], "+")}.
