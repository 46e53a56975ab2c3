-module(ub_sysinfo).
-export([start/0]).
start() ->
    [erlang:system_info(otp_release), erlang:system_info(wordsize), is_integer(erlang:system_info(process_count)),
     is_integer(erlang:system_info(schedulers)), erlang:system_info({wordsize, external}), is_list(erlang:system_info(system_version)),
     erlang:is_builtin(erlang, length, 1), erlang:is_builtin(lists, map, 2), is_integer(erlang:system_info(atom_count)),
     element(1, statistics(runtime)) >= 0, element(1, statistics(wall_clock)) >= 0, is_integer(element(1, statistics(reductions))),
     is_list(erlang:processes()), is_atom(node()), node(), nodes(), nodes(this), nodes([known, visible]), nodes(hidden), try nodes(bad) catch error:Bad -> Bad end,
     erlang:system_info(os_type), is_integer(erlang:system_info(process_count)), erlang:system_info(min_heap_size), erlang:system_info(fullsweep_after), erlang:system_info(heap_type), erlang:system_info(time_warp_mode), erlang:system_info(build_type), is_alive(), erlang:process_info(self(), registered_name),
     is_integer(element(2, process_info(self(), heap_size))), element(1, process_info(self(), status)),
     erlang:function_exported(lists, map, 2), erlang:function_exported(lists, nosuch, 0),
     erlang:module_loaded(lists), erlang:max(1, 2), erlang:min(a, 1), size({1, 2}), size(<<1, 2>>), erlang:make_tuple(3, x),
     erlang:make_tuple(3, 0, [{2, y}]), erlang:append_element({a}, b), erlang:delete_element(1, {a, b}),
     erlang:insert_element(1, {b}, a), is_reference(make_ref()), erlang:integer_to_list(erlang:phash2(node()))].
