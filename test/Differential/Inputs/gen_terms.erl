%%===- test/Differential/Inputs/gen_terms.erl - Term corpus for beamr ----===%%
%%
%% Writes a corpus of varied terms, with erl's answers about each, for
%% beamr-term-check to compare against. The seed is fixed, so the corpus is
%% the same on every run.
%%
%% Run: erl -noshell -pa DIR -eval 'gen_terms:main(["OUT", "COUNT"])' -s init stop
%%
%% File format, all integers big-endian:
%%   "BTC1", then one record per term:
%%   u32 field count (8), then each field as u32 length + bytes:
%%     1 term_to_binary(T)
%%     2 term_to_binary(T, [compressed])
%%     3 term_to_binary(T, [{minor_version, 0}])
%%     4 term_to_binary(T, [{minor_version, 2}])
%%     5 io_lib:format("~w", [T]) as UTF-8
%%     6 <<erlang:phash2(T):32>>
%%     7 <<erlang:phash2(T, 1000):32>>
%%     8 <<Order:8/signed, Equal:8, Exact:8>> comparing the previous term P
%%       with T: Order is -1, 0 or 1 as P < T, P == T, P > T; Equal is
%%       P == T and Exact is P =:= T (the first term is compared with itself).
%%===----------------------------------------------------------------------===%%
-module(gen_terms).
-export([main/1]).

main([Out]) ->
    main([Out, "4000"]);
main([Out, CountText]) ->
    rand:seed(exsss, {17, 4711, 2023}),
    Terms = terms(list_to_integer(CountText)),
    Records = records(Terms, hd(Terms)),
    ok = file:write_file(Out, [<<"BTC1">> | Records]),
    io:format("wrote ~b terms~n", [length(Terms)]).

records([], _Prev) ->
    [];
records([T | Ts], Prev) ->
    Fields = [term_to_binary(T),
              term_to_binary(T, [compressed]),
              term_to_binary(T, [{minor_version, 0}]),
              term_to_binary(T, [{minor_version, 2}]),
              unicode:characters_to_binary(io_lib:format("~w", [T])),
              <<(erlang:phash2(T)):32>>,
              <<(erlang:phash2(T, 1000)):32>>,
              <<(order(Prev, T)):8/signed, (bool(Prev == T)):8, (bool(Prev =:= T)):8>>],
    [<<(length(Fields)):32>>, [[<<(byte_size(F)):32>>, F] || F <- Fields] | records(Ts, T)].

order(A, B) when A < B -> -1;
order(A, B) when A > B -> 1;
order(_, _) -> 0.

bool(true) -> 1;
bool(false) -> 0.

%% The fixed terms first, then random ones; every so often a near twin of
%% the previous term follows it, so that adjacent comparisons get close.
terms(Count) ->
    Fixed = fixed_terms(),
    Random = random_terms(max(0, Count - length(Fixed)), []),
    Fixed ++ Random.

random_terms(0, Acc) ->
    lists:reverse(Acc);
random_terms(N, [Prev | _] = Acc) ->
    case rand:uniform(5) of
        1 -> random_terms(N - 1, [twin(Prev) | Acc]);
        _ -> random_terms(N - 1, [term(3) | Acc])
    end;
random_terms(N, []) ->
    random_terms(N - 1, [term(3)]).

%% A term equal to, or just beside, T in term order.
twin(T) when is_integer(T) -> pick([float(T), T + 1, T - 1, T]);
twin(T) when is_float(T) -> pick([round(T), -T, T * 1.0000001, T]);
twin(T) when is_tuple(T), tuple_size(T) > 0 ->
    setelement(1, T, twin(element(1, T)));
twin([H | T]) -> [twin(H) | T];
twin(T) when is_map(T) -> maps:put(pick([a, 1, 1.0]), 0, T);
twin(T) when is_binary(T) -> <<T/binary, 0>>;
twin(T) -> T.

pick(List) -> lists:nth(rand:uniform(length(List)), List).

fixed_terms() ->
    Ints = [0, 1, -1, 255, 256, -256, (1 bsl 27) - 1, 1 bsl 27, (1 bsl 31) - 1, 1 bsl 31,
            -(1 bsl 31), -(1 bsl 31) - 1, (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59),
            -(1 bsl 59) - 1, (1 bsl 63) - 1, 1 bsl 63, 1 bsl 64, -(1 bsl 64),
            1 bsl 2040, -(1 bsl 2040), 1 bsl 2048, 1 bsl 5000, -(1 bsl 5000) + 1],
    Floats = [0.0, -0.0, 1.0, -1.0, 0.1, 1/3, 1.0e300, -1.0e300, 1.7976931348623157e308,
              2.2250738585072014e-308, 5.0e-324, -5.0e-324, 1.0e-310, 123456789.0,
              1.0e15, 1.0e16, 1.0e17, 9007199254740992.0, 0.5, 100.0, 3.14159],
    Atoms = ['', a, 'A', ok, true, false, undefined, nil, 'hello world', 'with\'quote',
             'back\\slash', 'new\nline', 'a-b', 'a.b', 'a@b', 'ok@host', 'Ünïcödé', 'héllo',
             'ĀĀ', '日本語', 'end', 'fun', 'receive', 'after', 'catch', 'of', 'when', 'andalso',
             'div', 'rem', 'bnot', 'maybe', 'else', '_x', 'x_1', 'aB', '1a', '[]', '{}',
             list_to_atom(lists:duplicate(255, $z)),
             list_to_atom(lists:duplicate(255, 16#100)), list_to_atom([255, 254, 0])],
    Strings = ["", "abc", "hello world", [0, 255, 10, 13], lists:seq(0, 255),
               lists:duplicate(65535, $a), lists:duplicate(65536, $b), [256],
               "héllo", [16#1F600, $a], [$a | $b], [1, 2 | <<3>>]],
    Bins = [<<>>, <<0>>, <<"abc">>, list_to_binary(lists:seq(0, 255)), <<1:1>>, <<5:3>>,
            <<1, 2, 3:5>>, <<0:63>>, <<0:65>>, binary:copy(<<"x">>, 3000),
            <<(binary:copy(<<7>>, 70))/binary, 3:2>>],
    Pids = [self(), list_to_pid("<0.0.0>"), list_to_pid("<0.32767.8191>"),
            spawn(fun() -> ok end), external_pid(), external_pid_other_creation()],
    Ports = [hd(erlang:ports()), external_port(16#FFFFFFF), external_port(16#10000000)],
    Refs = [make_ref(), make_ref(), external_ref(1), external_ref(3), external_ref(5),
            erlang:monitor(process, self())],
    X = 42,
    Funs = [fun lists:map/2, fun erlang:abs/1, erlang:make_fun(m, f, 0), fun() -> ok end,
            fun(A) -> A + X end, fun(A, B) -> {A, B, X, "free", self()} end,
            fun() -> fun lists:reverse/1 end()],
    Maps = [#{}, #{a => 1}, #{1 => a, 1.0 => b, "s" => c, <<"b">> => d, {t} => e, [] => f},
            maps:from_list([{I, I} || I <- lists:seq(1, 32)]),
            maps:from_list([{I, I} || I <- lists:seq(1, 33)]),
            maps:from_list([{I, -I} || I <- lists:seq(1, 1000)]),
            maps:from_list([{key(I), I} || I <- lists:seq(1, 200)]),
            #{#{a => 1} => #{b => 2}, maps:from_list([{I, I} || I <- lists:seq(1, 40)]) => x}
            | [maps:from_list([{K, 1} || K <- Keys]) || Keys <- large_map_keys()]],
    Deep = [deep_list(20000), deep_tuple(20000), deep_map(500), deep_improper(1000),
            lists:seq(1, 20000), list_to_tuple(lists:seq(1, 2000))],
    Mixed = [{}, {a}, {1, 2.0, "three", <<4>>}, [{a, 1}, {b, [2, 3]}],
             list_to_tuple(lists:seq(1, 300)), [[]], [[], []], {[], {}, #{}}],
    Ints ++ Floats ++ Atoms ++ Strings ++ Bins ++ Pids ++ Ports ++ Refs ++ Funs ++ Maps
        ++ Deep ++ Mixed.

%% Large maps keyed by one kind of term each, so that a misplaced kind shows.
large_map_keys() ->
    Seq = lists:seq(1, 40),
    [[integer_to_binary(I) || I <- Seq], [integer_to_list(I) || I <- Seq],
     [float(I) || I <- Seq], [-I || I <- Seq], [I bsl 70 || I <- Seq], [{I} || I <- Seq],
     [#{I => I} || I <- Seq], [<<I:3>> || I <- lists:seq(0, 7)] ++ Seq,
     [list_to_pid("<0." ++ integer_to_list(I) ++ ".0>") || I <- Seq],
     [make_ref() || _ <- Seq], [list_to_atom("k" ++ integer_to_list(I)) || I <- Seq]].

key(I) ->
    case I rem 7 of
        0 -> I;
        1 -> float(I);
        2 -> list_to_atom("k" ++ integer_to_list(I));
        3 -> {I, I};
        4 -> integer_to_binary(I);
        5 -> integer_to_list(I);
        6 -> #{I => I}
    end.

deep_list(0) -> [];
deep_list(N) -> [deep_list(N - 1)].

deep_tuple(0) -> {};
deep_tuple(N) -> {deep_tuple(N - 1)}.

deep_map(0) -> #{};
deep_map(N) -> #{N => deep_map(N - 1)}.

deep_improper(0) -> tail;
deep_improper(N) -> [N | deep_improper(N - 1)].

node_atom_ext(Name) ->
    <<100, (byte_size(Name)):16, Name/binary>>.

external_pid() ->
    binary_to_term(<<131, 88, (node_atom_ext(<<"other@host">>))/binary, 77:32, 3:32, 5:32>>).

external_pid_other_creation() ->
    binary_to_term(<<131, 88, (node_atom_ext(<<"nonode@nohost">>))/binary, 1:32, 0:32, 2:32>>).

external_port(Num) ->
    binary_to_term(<<131, 120, (node_atom_ext(<<"other@host">>))/binary, Num:64, 7:32>>).

external_ref(Words) ->
    Ids = << <<(I * 1000 + 1):32>> || I <- lists:seq(1, Words) >>,
    binary_to_term(<<131, 90, Words:16, (node_atom_ext(<<"other@host">>))/binary, 9:32,
                     Ids/binary>>).

%%===----------------------------------------------------------------------===%%
%% Random terms
%%===----------------------------------------------------------------------===%%

term(Depth) when Depth =< 0 ->
    leaf();
term(Depth) ->
    case rand:uniform(12) of
        N when N =< 5 -> leaf();
        6 -> list_to_tuple(terms_of(Depth));
        7 -> terms_of(Depth);
        8 -> improper(Depth);
        9 -> small_map(Depth);
        10 -> large_map(Depth);
        11 -> closure(Depth);
        12 -> [term(Depth - 1)]
    end.

terms_of(Depth) ->
    [term(Depth - 1) || _ <- lists:seq(1, rand:uniform(6) - 1)].

improper(Depth) ->
    terms_of(Depth) ++ leaf().

small_map(Depth) ->
    maps:from_list([{leaf(), term(Depth - 1)} || _ <- lists:seq(1, rand:uniform(10) - 1)]).

%% Half the large maps have only keys whose place erl computes from their
%% value alone, so that beamr must reproduce erl's order exactly.
large_map(Depth) ->
    Key = pick([fun leaf/0, fun portable_leaf/0]),
    maps:from_list([{Key(), term(Depth - 3)} || _ <- lists:seq(1, 32 + rand:uniform(20))]).

portable_leaf() ->
    case rand:uniform(6) of
        1 -> rand:uniform(1 bsl 32) - (1 bsl 31);
        2 -> random_big();
        3 -> random_float();
        4 -> random_string();
        5 -> random_bitstring();
        6 -> {unicode_string(), rand:uniform(1000)}
    end.

closure(Depth) ->
    V = term(Depth - 1),
    case rand:uniform(3) of
        1 -> fun() -> V end;
        2 -> fun(A) -> {A, V} end;
        3 -> fun erlang:element/2
    end.

leaf() ->
    case rand:uniform(12) of
        1 -> rand:uniform(256) - 1;
        2 -> rand:uniform(1 bsl 32) - (1 bsl 31);
        3 -> random_big();
        4 -> random_float();
        5 -> random_atom();
        6 -> random_string();
        7 -> random_bitstring();
        8 -> list_to_binary(random_string());
        9 -> pick([self(), make_ref(), hd(erlang:ports()), external_pid(), external_ref(3)]);
        10 -> pick([[], {}, #{}, <<>>, 0, 0.0, -0.0]);
        11 -> rand:uniform(1 bsl 60) - (1 bsl 59);
        12 -> unicode_string()
    end.

random_big() ->
    Bits = 60 + rand:uniform(400),
    Magnitude = rand:uniform(1 bsl Bits),
    pick([Magnitude, -Magnitude]).

%% Random bit patterns cover every exponent, subnormals included.
random_float() ->
    <<F:64/float>> = random_float_bits(),
    F.

random_float_bits() ->
    <<Bits:64>> = crypto_free_random_bytes(8),
    case <<Bits:64>> of
        <<_:1, 2047:11, _:52>> -> random_float_bits(); % Inf or NaN
        B -> B
    end.

crypto_free_random_bytes(N) ->
    list_to_binary([rand:uniform(256) - 1 || _ <- lists:seq(1, N)]).

random_atom() ->
    Chars = [pick(lists:seq($a, $z) ++ lists:seq($A, $Z) ++ "_@. 0'\\" ++ [16#E9, 16#3B1])
             || _ <- lists:seq(1, rand:uniform(12))],
    list_to_atom(Chars).

random_string() ->
    [rand:uniform(256) - 1 || _ <- lists:seq(1, rand:uniform(20) - 1)].

unicode_string() ->
    [pick([$a, $z, 16#E9, 16#3B1, 16#65E5, 16#1F600]) || _ <- lists:seq(1, rand:uniform(8))].

random_bitstring() ->
    Bits = rand:uniform(200) - 1,
    Bytes = crypto_free_random_bytes((Bits + 7) div 8),
    <<B:Bits/bitstring, _/bitstring>> = Bytes,
    B.
