-module(procs_sup).
-behaviour(supervisor).
-export([init/1]).
init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10},
          [#{id => worker, start => {procs_ffi, start_worker, []}}]}}.
