-module(ub_sort).
-export([start/0]).
-record(emp, {name, dept, salary}).
msort([]) -> [];
msort([X]) -> [X];
msort(L) -> {A, B} = lists:split(length(L) div 2, L), merge(msort(A), msort(B)).
merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].
start() ->
    Es = [#emp{name = N, dept = D, salary = S} || {N, D, S} <- [{"ann", eng, 100}, {"bob", ops, 80}, {"cat", eng, 120}, {"dan", ops, 80}, {"eve", hr, 90}]],
    ByDeptSal = lists:sort(fun(#emp{dept = D1, salary = S1}, #emp{dept = D2, salary = S2}) -> {D1, -S1} =< {D2, -S2} end, Es),
    Rand = [(X * 7919) rem 1000 || X <- lists:seq(1, 200)],
    [[E#emp.name || E <- ByDeptSal], msort(Rand) =:= lists:sort(Rand), lists:sublist(msort(Rand), 10),
     lists:sort([{b, 2}, {a, 3}, {a, 1}, 1, "str", <<"b">>, [], {}, 2.0, 1, atom, self() =:= self()]),
     lists:keysort(2, [{x, 3, a}, {y, 1, b}, {z, 3, c}, {w, 1, d}]), lists:reverse(lists:sort([3.0, 1, 2.5, 2])),
     lists:usort([{1, a}, {1, a}, {1.0, a}]), lists:sort(fun({_, A}, {_, B}) -> A > B end, [{1, 5}, {2, 9}, {3, 1}]),
     lists:sort(["banana", "Apple", "cherry", "apple"]), lists:sort([[1, 2], [1], [0, 5], []]),
     lists:sort([-1, -1.0, 0, 0.0]), lists:usort([0, 0.0, 1, 1.0])].
