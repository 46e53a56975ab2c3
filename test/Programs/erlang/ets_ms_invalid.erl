%% Protects match specification validation: unknown guard or body functions, wrong arities, non-atom calls and variables the head does not bind (in a guard, a body, a built tuple, a list or a map) make select/select_count/select_delete raise badarg even on an empty table, while valid nested forms are accepted.
-module(ets_ms_invalid).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    E = ets:new(e, []),
    T = ets:new(t, [ordered_set]),
    ets:insert(T, [{1, a}, {2, b}]),
    Bad = [[{'_', [{no_such_guard, 1}], [true]}], [{'_', [], [{no_such_fun}]}], [{'_', [{is_atom, 1, 2}], [true]}],
           [{'_', [], [{{a, {bogus_call, 1}}}]}], [{'_', [{{is_atom}, 1}], [true]}], [{'_', [], [[x | {nope, 1}]]}],
           [{'_', [], [true]}, {'_', [{bad_one}], [true]}],
           [{{'$1', '_'}, [], ['$2']}], [{{'$1', '_'}, [{is_integer, '$3'}], [true]}], [{'_', [], ['$1']}],
           [{'$_', [], ['$0']}], [{{'$1', '_'}, [], [{{'$1', '$2'}}]}], [{{'$1', '_'}, [], [['$1', '$9']]}],
           [{{'$1', '_'}, [], [#{k => '$4'}]}], [{{'$1', '_'}, [], ['$1']}, {{'_', '$2'}, [], ['$1']}]],
    R1 = [{t(fun() -> ets:select(E, MS) end), t(fun() -> ets:select_count(T, MS) end), t(fun() -> ets:select_delete(T, MS) end)}
          || MS <- Bad],
    Good = [[{{'$1', '_'}, [{is_integer, '$1'}], [{{'$1', {self}}}]}], [{'_', [], [{const, {bogus_call, 1}}]}],
            [{{'$1', '$2'}, [{'andalso', {'>', '$1', 0}, {is_atom, '$2'}}], [['$2' | '$1']]}],
            [{{'$1', '_'}, [], [#{k => '$1'}]}], [{{'$1', '_'}, [{'=:=', {element, 1, '$_'}, 1}], ['$_']}],
            [{{'$1', [{'$2'}, #{m => '$3'}]}, [], [{{'$1', '$2', '$3'}}]}], [{{'$1', '_'}, [], [{const, '$7'}, '$$']}],
            [{{'$1', '$1'}, [{is_atom, '$1'}], ['$1']}]],
    R2 = [t(fun() -> length(ets:select(T, MS)) end) || MS <- Good],
    [R1, R2, ets:info(T, size)].
