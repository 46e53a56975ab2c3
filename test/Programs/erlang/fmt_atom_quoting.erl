%% Protects when ~p and ~w quote atoms: uppercase, spaces, reserved words, symbols, unicode.
-module(fmt_atom_quoting).
-export([start/0]).

start() ->
    As = [ok, 'Ok', 'with space', '', 'a-b', a_b, a@b, 'a.b', 'end', 'case', 'of', '[]', '{}',
          '+', '=:=', 'é', '\n', 'ok1', '1ok', 'hello\'q', 'ünïcödé', 'aB'],
    [lists:flatten(io_lib:format("~p ~w", [A, A])) || A <- As].
