%% Protects register/2, unregister/1, whereis/1 and registered/0: their badarg cases (taken name, already named pid, undefined, dead pid, non-atom), names freed when a process exits, send to a name that is gone.
-module(proc_register_errors).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    S = self(),
    P = spawn(fun() -> receive stop -> ok end end),
    Dead = spawn(fun() -> ok end),
    timer:sleep(20),
    R = [register(reg_a, P), t(fun() -> register(reg_a, self()) end), t(fun() -> register(reg_b, P) end),
         t(fun() -> register(undefined, self()) end), t(fun() -> register(reg_c, Dead) end),
         t(fun() -> register("reg_d", self()) end), t(fun() -> register(reg_e, not_a_pid) end),
         t(fun() -> register(reg_f, make_ref()) end),
         whereis(reg_a) =:= P, whereis(reg_none), t(fun() -> whereis("reg_a") end),
         lists:member(reg_a, registered()), process_info(P, registered_name),
         t(fun() -> unregister(reg_none) end), t(fun() -> unregister(42) end),
         register(reg_self, self()), process_info(self(), registered_name),
         t(fun() -> register(reg_self2, self()) end), unregister(reg_self), process_info(self(), registered_name),
         t(fun() -> unregister(reg_self) end), register(reg_self, S), unregister(reg_self)],
    M = monitor(process, P),
    P ! stop,
    receive {'DOWN', M, _, _, _} -> ok end,
    After = [whereis(reg_a), lists:member(reg_a, registered()), t(fun() -> reg_a ! hello end),
             t(fun() -> {reg_a, node()} ! hello end), register(reg_a, self()), whereis(reg_a) =:= self(),
             unregister(reg_a)],
    [R, After].
