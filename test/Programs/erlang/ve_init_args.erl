%% Protects init:get_arguments/0 and get_argument/1 under the difftest command line (root, progname, home, noshell, pa; eval not listed).
-module(ve_init_args).
-export([start/0]).
start() ->
    Args = init:get_arguments(),
    {ok, [[Root]]} = init:get_argument(root),
    {ok, [[Bin]]} = init:get_argument(bindir),
    [[K || {K, _} <- Args], init:get_argument(progname), init:get_argument(noshell), init:get_argument(eval),
     init:get_argument(no_such_flag), element(1, init:get_argument(pa)), init:get_argument(home) =:= {ok, [[os:getenv("HOME")]]},
     Root =:= code:root_dir(), code:lib_dir() =:= Root ++ "/lib", lists:prefix(Root, Bin), lists:suffix("/bin", Bin), init:get_plain_arguments()].
