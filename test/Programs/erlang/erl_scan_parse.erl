%% Protects erl_scan and erl_parse: tokens, parse trees and parse errors for small sources.
-module(erl_scan_parse).
-export([start/0]).

start() ->
    {ok, Toks, End} = erl_scan:string("foo(X) -> [X, 1.5, \"s\", <<1>>, #{a => b}].", 1),
    {ok, Form} = erl_parse:parse_form(Toks),
    {ok, ETs, _} = erl_scan:string("A = 1 + 2 * 3, {A, 'q', $c}."),
    {ok, Exprs} = erl_parse:parse_exprs(ETs),
    {ok, TT, _} = erl_scan:string("{ok, [1, two, \"three\"]}."),
    {ok, Term} = erl_parse:parse_term(TT),
    {ok, BadToks, _} = erl_scan:string("foo(->."),
    {length(Toks), End, hd(Toks), Form, Exprs, Term, erl_parse:parse_exprs(BadToks),
     erl_scan:string("\"unterminated"), erl_scan:string("x % comment\ny", 1, [return_comments]),
     lists:flatten(erl_pp:expr(hd(Exprs)))}.
