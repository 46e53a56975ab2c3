%% Protects os:putenv/getenv/unsetenv/env, garbage_collect/0,1,2, erlang:memory shapes, list_to_ref round trips, get_cookie without distribution.
-module(vc_os_misc).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
start() ->
    R = make_ref(),
    [os:putenv("VC_OS_MISC", "one two"), os:getenv("VC_OS_MISC"), os:getenv("VC_OS_MISC", "dflt"),
     lists:keyfind("VC_OS_MISC", 1, os:env()), lists:member("VC_OS_MISC=one two", os:getenv()),
     os:unsetenv("VC_OS_MISC"), os:getenv("VC_OS_MISC"), os:getenv("VC_OS_MISC", "dflt"),
     t(fun() -> os:putenv("A=B", "x") end), t(fun() -> os:putenv(a, "x") end), t(fun() -> os:unsetenv(1) end),
     erlang:garbage_collect(), garbage_collect(self()), garbage_collect(self(), []), t(fun() -> garbage_collect(x) end),
     is_integer(erlang:memory(total)), length(erlang:memory()), [K || {K, V} <- erlang:memory(), is_integer(V)],
     length(erlang:memory([total, processes])), t(fun() -> erlang:memory(bogus) end),
     list_to_ref(ref_to_list(R)) =:= R, is_reference(list_to_ref("#Ref<0.1.2.3>")), ref_to_list(list_to_ref("#Ref<0.1.2.3>")),
     t(fun() -> list_to_ref("#Ref<0.1.2>") end), t(fun() -> list_to_ref("junk") end), erlang:get_cookie()].
