%% Protects re:run with capture specifications, global matching, named groups and options.
-module(re_run).
-export([start/0]).

start() ->
    S = <<"2024-02-29 and 1999-12-31">>,
    {ok, MP} = re:compile("(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)"),
    {re:run(S, MP), re:run(S, MP, [{capture, all, binary}]), re:run(S, MP, [global, {capture, [y], list}]),
     re:run(S, MP, [{capture, [d, m], binary}]), re:run(S, "nomatch"), re:run("abc", "B", [caseless]),
     re:run("abc", "b", [{capture, none}]), re:run("a\nb", "^b", [multiline, {capture, first, index}]),
     re:run("héllo", "é", [unicode, {capture, first, list}]), re:run("aaa", "a*?", [{capture, first}]),
     re:run("abcabc", "(a)(x)?", [global, {capture, all, index}]),
     try re:run("foo", "(", []) catch error:R -> R end,
     re:run("x1y22z333", "\\d+", [global, {capture, first, list}, {offset, 3}])}.
