%% Protects logger in ordinary use: levels and primary config, a handler formatter template without timestamps, reports as maps, filesync.
-module(vb_logger_tpl).
-export([start/0]).
start() ->
    ok = logger:set_handler_config(default, formatter, {logger_formatter, #{template => [level, ": ", msg, "\n"], single_line => true}}),
    R1 = [maps:get(level, logger:get_primary_config()), logger:get_handler_ids(), logger:info("not shown"), logger:notice("shown ~p", [1])],
    ok = logger_std_h:filesync(default),
    ok = logger:set_primary_config(level, info),
    R2 = [logger:info("now shown"), logger:error(#{what => report, n => 2}), logger:warning("w~s", ["arn"]), logger:debug("no")],
    ok = logger_std_h:filesync(default),
    ok = logger:set_primary_config(level, error),
    R3 = [logger:warning("hidden"), logger:error("last"), logger:allow(warning, ?MODULE), logger:allow(error, ?MODULE)],
    ok = logger_std_h:filesync(default),
    [R1, R2, R3].
