%% Support module (not a program): lets Gleam programs catch panics and assertion failures.
-module(gleam_rescue).
-export([rescue/1]).

%% Runs F/0 and returns {ok, Value} or {error, {Class, Reason}}; Gleam sees a Result.
rescue(F) ->
    try {ok, F()}
    catch Class:Reason -> {error, {Class, Reason}}
    end.
