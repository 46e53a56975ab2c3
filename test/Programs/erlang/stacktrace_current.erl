%% process_info(self(), current_stacktrace) and erl_eval's errors built from it.
-module(stacktrace_current).
-export([start/0]).
start() -> R = f(1), {R, g()}.
f(X) -> {X, element(2, process_info(self(), current_stacktrace))}.
g() -> try erl_eval:exprs(element(2, erl_parse:parse_exprs(element(2, erl_scan:string("X = 1, X = 2.")))), []) catch C:E:St -> {C, E, St} end.
