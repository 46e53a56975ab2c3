%% Protects ETS match specification forms in select/2: '$_', '$$', '$N', {const, T}, tuple and list bodies, several body expressions, several clauses (first match wins), '_' patterns, nested and repeated variables.
-module(ets_ms_bodies).
-export([start/0]).
start() ->
    T = ets:new(ms, [ordered_set]),
    ets:insert(T, [{1, a, [x]}, {2, b, {p, q}}, {3, a, 3}, {4, c, []}, {5, b, 5}]),
    Sel = fun(MS) -> ets:select(T, MS) end,
    [Sel([{{'$1', '_', '_'}, [], ['$_']}]),
     Sel([{{'$1', '$2', '_'}, [], ['$$']}]),
     Sel([{{'$1', a, '$2'}, [], [{{'$2', '$1'}}]}]),
     Sel([{{'$1', '_', '_'}, [], [{const, {'$1', tagged}}]}]),
     Sel([{{'$1', '$2', '_'}, [], [['$2', '$1']]}]),
     Sel([{{'$1', '_', '_'}, [], [first, '$1']}]),
     Sel([{{'$1', b, '_'}, [], [b]}, {{'$1', '_', '_'}, [{'<', '$1', 3}], [small]}, {'_', [], [other]}]),
     Sel([{{'$1', '_', '$1'}, [], ['$1']}]),
     Sel([{{'_', '_', {'$1', '$2'}}, [], [{{'$2', '$1'}}]}]),
     Sel([{{'_', '_', ['$1' | '$2']}, [], [{{'$1', '$2'}}]}]),
     Sel([{{'$1', '$2', '$3'}, [], [{{'$3', {{'$2'}}, ['$1']}}]}]),
     Sel([{{'$1', '_', '_'}, [], [{'+', '$1', 100}]}]),
     Sel([{{'$1', '_', '_'}, [], [{element, 1, '$_'}]}]),
     Sel([{{'$1', '_', '_'}, [], [{self}]}]) =:= lists:duplicate(5, self()),
     Sel([{{'$1', '_', '_'}, [], [{const, [1, 2]}]}]),
     Sel([]),
     Sel([{{2, '_', '_'}, [], ['$_']}]),
     ets:select(T, [{{'$1', '_', '_'}, [], ['$$']}], 2) =/= '$end_of_table',
     ets:select_reverse(T, [{{'$1', '_', '_'}, [{'>', '$1', 3}], ['$1']}])].
