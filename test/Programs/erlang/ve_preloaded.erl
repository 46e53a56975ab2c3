%% Protects erlang:pre_loaded/0, loaded/0 membership and the dtrace tag BIFs of a build without VM probes.
-module(ve_preloaded).
-export([start/0]).
start() ->
    lists:seq(1, 2),
    [lists:sort(erlang:pre_loaded()), lists:member(lists, erlang:loaded()), lists:member(?MODULE, erlang:loaded()),
     lists:member(erlang, erlang:loaded()), erlang:dt_get_tag_data(), erlang:dt_prepend_vm_tag_data(x),
     erlang:dt_append_vm_tag_data(<<"a">>), erlang:dt_put_tag(<<"t">>), erlang:dt_get_tag()].
