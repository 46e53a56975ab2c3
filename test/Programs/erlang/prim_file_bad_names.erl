%% Protects prim_file's answer to a bad file name: {error, badarg} (its Erlang wrappers catch the NIFs' badarg), not an exception; get_cwd/1 with a drive string is enotsup.
-module(prim_file_bad_names).
-export([start/0]).
start() ->
    Paths = [catch prim_file:F(A) || {F, A} <- [{read_file, 1}, {read_file_info, 1}, {read_link_info, {}},
                                               {list_dir, 1}, {delete, 1}, {make_dir, 1}, {del_dir, 1},
                                               {read_link, 1}, {set_cwd, 1}]],
    Two = [catch prim_file:rename(1, "x"), catch prim_file:make_link("x", 2),
           catch prim_file:open(1, [read]), catch prim_file:write_file(1, <<>>)],
    Cwd = [prim_file:get_cwd("c:"), prim_file:get_cwd(1), prim_file:get_cwd([]), prim_file:get_cwd(<<"c:">>)],
    {Paths, Two, Cwd}.
