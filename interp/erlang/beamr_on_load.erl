%% Runs a module's -on_load function before its first call, as erl's code
%% server does when it loads the module. Written for beamr-jit: the code
%% server loads a module with an on_load function with its exports withheld,
%% and a call that finds them missing comes here (interp/Calls.cpp) with the
%% module, function and arguments it meant to call.
-module(beamr_on_load).
-export([run/3, claim/1, finish/2]).

run(Module, Function, Args) ->
    case beamr_on_load:claim(Module) of
        run ->
            Result = try Module:'$beamr_on_load'()
                     catch Class:Reason:Stack -> {'EXIT', {Class, Reason, Stack}}
                     end,
            beamr_on_load:finish(Module, Result =:= ok),
            Result =:= ok orelse
                logger:warning("The on_load function for module ~s returned:~n~P\n",
                               [Module, Result, 10]),
            erlang:apply(Module, Function, Args);
        wait ->
            receive after 1 -> ok end,
            run(Module, Function, Args);
        _ ->
            erlang:apply(Module, Function, Args)
    end.

%% Native (interp/RuntimeBifs.cpp), so called as remote calls above: run (this caller runs on_load), wait
%% (another process is running it), or done / failed.
claim(_Module) -> erlang:nif_error(undef).
finish(_Module, _Ok) -> erlang:nif_error(undef).
