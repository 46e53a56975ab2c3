%% system_info's counts answer integers (their values differ between VMs:
%% erl's boot owns other tables and ports), and ets_count follows the
%% tables this program makes and deletes.
-module(sys_info_counts).
-export([start/0]).

start() ->
    Keys = [process_count, process_limit, atom_count, atom_limit, ets_count, ets_limit,
            port_count, port_limit],
    Types = [{K, is_integer(erlang:system_info(K))} || K <- Keys],
    Before = erlang:system_info(ets_count),
    Ts = [ets:new(t, []) || _ <- lists:seq(1, 5)],
    Made = erlang:system_info(ets_count) - Before,
    [ets:delete(T) || T <- Ts],
    [Types, Made, erlang:system_info(ets_count) - Before, is_list(erlang:ports())].
