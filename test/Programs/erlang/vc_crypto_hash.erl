%% Protects crypto digests (md5/sha/sha2/sha3/blake2), the hash_init/update/final chain, HMAC via mac/4, strong_rand_bytes sizes, and bad types.
-module(vc_crypto_hash).
-export([start/0]).
t(F) -> try F() catch C:R -> {C, R} end.
hex(B) -> binary:encode_hex(B).
start() ->
    Types = [md5, sha, sha224, sha256, sha384, sha512, sha3_256, sha3_512, blake2b, blake2s],
    S0 = crypto:hash_init(sha256),
    S1 = crypto:hash_update(S0, "hello "),
    S2 = crypto:hash_update(S1, [<<"wor">>, "ld"]),
    [[{T, hex(crypto:hash(T, "hello world"))} || T <- Types],
     hex(crypto:hash(md5, <<>>)), hex(crypto:hash(sha, [<<"a">>, $b, ["c"]])),
     crypto:hash_final(S2) =:= crypto:hash(sha256, "hello world"), crypto:hash_final(S1) =:= crypto:hash(sha256, "hello "),
     crypto:hash_final(S0) =:= crypto:hash(sha256, ""),
     hex(crypto:mac(hmac, sha256, "key", "The quick brown fox")), hex(crypto:mac(hmac, md5, <<"k">>, [<<"d">>])),
     byte_size(crypto:strong_rand_bytes(16)), crypto:strong_rand_bytes(0),
     t(fun() -> crypto:hash(foo, <<>>) end) =/= ok, element(1, t(fun() -> crypto:hash(sha256, a) end)),
     element(1, t(fun() -> crypto:mac(hmac, foo, "k", "d") end))].
