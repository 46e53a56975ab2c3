%% Protects apply/2, apply/3 and erlang:apply with dynamic modules, functions and arities.
-module(funs_apply).
-export([start/0, three/3, zero/0]).

three(A, B, C) -> [C, B, A].
zero() -> nothing.

start() ->
    Mod = list_to_atom("funs_" ++ "apply"),
    {apply(?MODULE, three, [1, 2, 3]), apply(Mod, zero, []), erlang:apply(lists, max, [[3, 9, 2]]),
     apply(fun(X, Y) -> X - Y end, [10, 3]), apply(fun erlang:length/1, [[a, b]]),
     apply(erlang, element, [2, {a, b}]), Mod:three(x, y, z), (fun ?MODULE:zero/0)(),
     try apply(?MODULE, three, [1, 2]) catch error:R -> R end,
     try apply(?MODULE, nope, []) catch error:R2 -> R2 end,
     try apply(no_such_module_xyz, f, [1]) catch error:R3 -> R3 end,
     try apply(?MODULE, three, improper) catch error:R4 -> R4 end}.
