%% Protects re:replace and re:split with global, return types, back-references and trimming.
-module(re_replace_split).
-export([start/0]).

start() ->
    {re:replace("a1b22c333", "\\d+", "#", [global, {return, list}]),
     re:replace("a1b22c333", "\\d+", "#", [{return, binary}]),
     re:replace("john smith", "(\\w+) (\\w+)", "\\2, \\1", [{return, list}]),
     re:replace("abc", "b", "[&]", [{return, list}]), re:replace("aaa", "a", "\\\\", [global, {return, list}]),
     re:split("a,b,,c,", ",", [{return, list}]), re:split("a,b,,c,", ",", [{return, list}, trim]),
     re:split("a1b2c", "(\\d)", [{return, binary}]), re:split("a b  c", "\\s+", [{parts, 2}, {return, list}]),
     re:split(<<"one two">>, " "), re:split("", ",", [{return, list}]),
     re:replace("ÅÄÖ", "Ä", "a", [unicode, {return, binary}]),
     re:replace("CamelCaseWord", "([A-Z])", "_\\1", [global, {return, list}])}.
