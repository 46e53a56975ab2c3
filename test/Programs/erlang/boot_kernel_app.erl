%% The boot runs the start_clean script as erl does: kernel and stdlib are
%% started applications (so ensure_all_started on anything depending on
%% them works), kernel_sup's services are registered, standard IO is `user'.
-module(boot_kernel_app).
-export([start/0]).

start() ->
    Apps = fun() -> lists:sort([A || {A, _, _} <- application:which_applications()]) end,
    Named = [application_controller, code_server, erl_prim_loader, erl_signal_server,
             file_server_2, global_name_server, inet_db, init, kernel_refc, kernel_safe_sup,
             kernel_sup, logger, logger_sup, rex, standard_error, user],
    R = [Apps(),
         application:ensure_all_started(kernel),
         application:ensure_all_started(stdlib),
         application:start(kernel),
         [{N, is_pid(whereis(N))} || N <- Named],
         group_leader() =:= whereis(user),
         application:get_env(kernel, logger_level),
         lists:keymember(kernel, 1, application:loaded_applications()),
         element(1, application:get_key(kernel, vsn)),
         application:load(runtime_tools),
         application:ensure_all_started(runtime_tools),
         Apps(),
         logger:set_primary_config(level, warning),
         application:stop(runtime_tools),
         Apps(),
         application:start(nonexistent_app_xyz)],
    [io:format("~p~n", [X]) || X <- R],
    io:put_chars(standard_error, "to standard_error\n"),
    ok.
