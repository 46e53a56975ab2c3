%% Protects ets:match_spec_compile/1, is_compiled_ms/1 and match_spec_run/2: results in list order for matching elements only, '$_' and guards over any term, a compiled spec reused and used by another process, and badarg for invalid specs.
-module(ets_match_spec_run).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    C = ets:match_spec_compile([{{'$1', '$2'}, [{'>', '$2', 1}], [{{'$2', '$1'}}]}, {{'$1'}, [], ['$_']}]),
    Any = ets:match_spec_compile([{'$1', [{is_integer, '$1'}], [{'*', '$1', 2}]}]),
    R1 = [ets:is_compiled_ms(C), ets:is_compiled_ms(make_ref()), ets:is_compiled_ms(not_a_ref),
          ets:match_spec_run([{a, 1}, {b, 2}, {c}, x, {d, 3, 4}, {e, 5}], C), ets:match_spec_run([], C),
          ets:match_spec_run([1, a, 2.0, 3, "s"], Any), ets:match_spec_run([{z, 9}], C)],
    S = self(),
    spawn(fun() -> S ! {child, ets:match_spec_run([{q, 7}], C)} end),
    R2 = receive {child, X} -> X end,
    R3 = [t(fun() -> ets:match_spec_compile(not_a_list) end), t(fun() -> ets:match_spec_compile([{'_', [{nope}], [true]}]) end),
          t(fun() -> ets:match_spec_compile([{'_', not_list, [true]}]) end), t(fun() -> ets:match_spec_run([a], make_ref()) end),
          t(fun() -> ets:match_spec_run(not_list, C) end)],
    [R1, R2, R3].
