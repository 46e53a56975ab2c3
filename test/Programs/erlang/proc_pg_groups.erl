%% OTP's pg process groups on one node (pg's server subscribes to node
%% events through net_kernel:monitor_nodes/1, i.e. process_flag
%% (monitor_nodes, true)): join, leave, members, groups, a member's exit,
%% and monitor_nodes' counts.
-module(proc_pg_groups).
-export([start/0]).

start() ->
    {ok, Pg} = pg:start_link(),
    Self = self(),
    Workers = [spawn(fun() -> receive stop -> ok end end) || _ <- [1, 2, 3]],
    [W1, W2, W3] = Workers,
    ok = pg:join(workers, [W1, W2]),
    ok = pg:join(workers, W3),
    ok = pg:join(admins, Self),
    A1 = {lists:sort(pg:get_members(workers)) =:= lists:sort(Workers),
          pg:get_local_members(admins) =:= [Self], lists:sort(pg:which_groups())},
    ok = pg:leave(workers, W2),
    W3 ! stop,
    timer:sleep(50),
    A2 = {pg:get_members(workers) =:= [W1], pg:get_members(nobody)},
    Counts = [process_flag(monitor_nodes, true), process_flag(monitor_nodes, true),
              process_flag(monitor_nodes, false), process_flag({monitor_nodes, #{}}, true),
              process_flag({monitor_nodes, #{node_type => all, nodedown_reason => true}}, true),
              net_kernel:monitor_nodes(true), net_kernel:monitor_nodes(false, [nodedown_reason]),
              try process_flag({monitor_nodes, #{bogus => 1}}, true) catch error:E -> E end],
    unlink(Pg),
    exit(Pg, kill),
    [A1, A2, Counts].
