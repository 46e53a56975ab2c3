%% Protects application environment calls without a running application: get_env/set_env/unset_env, load of a missing app.
-module(vb_app_env).
-export([start/0]).
start() ->
    R1 = [application:get_env(kernel, foo), application:get_env(foo), application:get_env(kernel, logger_level),
          application:get_env(stdlib, x, def), application:get_env(no_app, k, 42), application:get_key(kernel, vsn) =/= undefined],
    ok = application:set_env(myapp, color, blue),
    R2 = [application:get_env(myapp, color), application:get_env(myapp, size, 10), application:get_all_env(myapp)],
    ok = application:set_env(myapp, size, 3),
    ok = application:unset_env(myapp, color),
    R3 = [application:get_env(myapp, color), lists:sort(application:get_all_env(myapp)),
          application:load(nonexistent_app_xyz), application:start(nonexistent_app_xyz),
          application:ensure_all_started(nonexistent_app_xyz), application:get_application(),
          lists:keymember(kernel, 1, application:loaded_applications())],
    [R1, R2, R3].
