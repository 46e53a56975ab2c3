%% Protects: module_info/0,1 as erl answers it (exports in erl's order,
%% functions in code order including funs, attributes, compile, md5, nifs)
%% and the module checksum as the new_uniq of funs, also in term_to_binary.
-module(module_info_md5).
-export([start/0, b/1, a/2]).
-vsn(3).
-author(someone).

a(X, Y) -> X + Y.
b(X) -> helper(X).
helper(X) -> X * 2.

start() ->
    F = fun(X) -> X + 1 end,
    G = fun(X, Y) -> {X, Y, F} end,
    Md5 = ?MODULE:module_info(md5),
    {new_uniq, NewUniq} = erlang:fun_info(F, new_uniq),
    Info = ?MODULE:module_info(),
    [?MODULE:module_info(exports),
     ?MODULE:module_info(functions),
     ?MODULE:module_info(attributes),
     proplists:get_keys(?MODULE:module_info(compile)),
     [K || {K, _} <- Info],
     byte_size(Md5), Md5 =:= NewUniq, Md5 =:= proplists:get_value(md5, Info),
     ?MODULE:module_info(nifs),
     %% NEW_FUN_EXT: 131, 112, Size:32, Arity:8, Uniq:16/binary, ...
     %% (the creator pid that follows differs between VMs).
     binary:part(term_to_binary(F), 0, 23), binary:part(term_to_binary(G), 7, 16) =:= Md5,
     binary_to_term(term_to_binary(F)) =:= F,
     lists:module_info(md5) =:= lists:module_info(md5),
     (catch ?MODULE:module_info(nosuchkey)),
     erlang:fun_info(G, index), erlang:fun_info(G, arity)].
