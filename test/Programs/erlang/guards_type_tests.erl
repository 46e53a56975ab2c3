%% Protects the type-test guard BIFs on a value of every type.
-module(guards_type_tests).
-export([start/0]).

-record(rec, {a}).

kinds(X) ->
    [T || {T, true} <- [{atom, is_atom(X)}, {binary, is_binary(X)}, {bitstring, is_bitstring(X)},
                        {boolean, is_boolean(X)}, {float, is_float(X)}, {function, is_function(X)},
                        {function1, is_function(X, 1)}, {integer, is_integer(X)}, {list, is_list(X)},
                        {map, is_map(X)}, {number, is_number(X)}, {tuple, is_tuple(X)},
                        {record, is_record(X, rec)}, {record2, is_record(X, rec, 2)}]].

guarded(X) when is_atom(X) -> atom;
guarded(X) when is_integer(X), X > 100 -> big_int;
guarded(X) when is_number(X) -> number;
guarded(X) when is_function(X, 0) -> thunk;
guarded(X) when is_record(X, rec) -> rec;
guarded(X) when is_binary(X) -> binary;
guarded(X) when is_bitstring(X) -> bits;
guarded(_) -> other.

start() ->
    Vs = [true, foo, 1, 1000, 1.5, <<"b">>, <<1:2>>, [], [1], #{}, {rec, 1}, {}, fun(_) -> x end,
          fun() -> y end, #rec{}],
    [{kinds(V), guarded(V)} || V <- Vs].
