%% Protects erlang:system_flag/2 and process_flag/2 settings (old values back), persistent_term:get/0 and info/0, code:lib_dir/priv_dir shapes.
-module(vb_flags_pterm).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
deep(0) -> error(deep);
deep(N) -> [deep(N - 1)].
depth() -> try deep(20) catch error:deep:St -> length(St) end.
start() ->
    D0 = depth(),
    Old = erlang:system_flag(backtrace_depth, 3),
    D1 = depth(),
    3 = erlang:system_flag(backtrace_depth, Old),
    persistent_term:put({?MODULE, a}, [1, 2, 3]),
    persistent_term:put({?MODULE, b}, #{x => 1}),
    Mine = lists:sort([KV || {{?MODULE, _}, _} = KV <- persistent_term:get()]),
    Info = persistent_term:info(),
    [D0, Old, D1, depth(), Mine, is_map(Info), is_integer(maps:get(count, Info)), is_integer(maps:get(memory, Info)),
     process_flag(priority, high), process_flag(priority, low), process_info(self(), priority), process_flag(priority, normal),
     process_flag(message_queue_data, off_heap), process_flag(message_queue_data, on_heap),
     process_flag(sensitive, true), process_flag(sensitive, false), process_flag(save_calls, 5), process_flag(save_calls, 0),
     is_integer(process_flag(min_heap_size, 1000)), t(fun() -> process_flag(priority, urgent) end),
     t(fun() -> process_flag(message_queue_data, nowhere) end), t(fun() -> process_flag(no_such_flag, 1) end),
     erlang:system_flag(schedulers_online, erlang:system_info(schedulers_online)) =:= erlang:system_info(schedulers_online),
     t(fun() -> erlang:system_flag(backtrace_depth, -1) end), t(fun() -> erlang:system_flag(no_such_flag, 1) end),
     erlang:system_flag(fullsweep_after, 1000), erlang:system_flag(min_heap_size, 300), erlang:system_flag(scheduler_wall_time, false),
     is_list(code:lib_dir(stdlib)), lists:suffix("/ebin", code:lib_dir(kernel, ebin)), lists:suffix("/priv", code:priv_dir(stdlib)),
     code:lib_dir(no_such_app_xyz), code:priv_dir(no_such_app_xyz), erlang:dt_spread_tag(true), erlang:dt_restore_tag(true),
     t(fun() -> erlang:dt_restore_tag(x) end), erlang:dt_get_tag(), lists:any(fun(D) -> lists:suffix("/ebin", D) end, code:get_path())].
