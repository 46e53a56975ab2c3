%% Fixture for literals.test: literal terms, bignums, floats, binaries.
-module(literals).
-export([tuple/0, big/0, neg_big/0, float/0, bin/0, map/0, string/0, match/1]).

tuple() -> {ok, [1, 2, 3], 'quoted atom'}.
big() -> 123456789012345678901234567890.
neg_big() -> -98765432109876543210.
float() -> 2.5.
bin() -> <<"hello">>.
map() -> #{a => 1, b => [x]}.
string() -> "abc".
match(<<X:8, Rest/binary>>) -> {X, Rest}.
