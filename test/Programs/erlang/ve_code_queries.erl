%% Protects code:is_loaded/which/load_file/ensure_loaded/all_loaded shapes for loaded, loadable, preloaded and missing modules.
-module(ve_code_queries).
-export([start/0]).
start() ->
    lists:seq(1, 2),
    [code:is_loaded(lists), lists:suffix("/lists.beam", code:which(lists)), code:which(nonexistent_ve_xyz),
     code:load_file(nonexistent_ve_xyz), code:is_loaded(nonexistent_ve_xyz), code:ensure_loaded(nonexistent_ve_xyz),
     code:which(erlang), code:is_loaded(erlang), code:ensure_loaded(?MODULE), element(1, code:is_loaded(?MODULE)),
     lists:suffix("ve_code_queries.beam", code:which(?MODULE)), lists:keymember(lists, 1, code:all_loaded()),
     lists:suffix("/queue.beam", code:which(queue)), code:ensure_loaded(queue), element(1, code:is_loaded(queue))].
