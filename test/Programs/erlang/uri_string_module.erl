%% Protects uri_string parsing, recomposition, normalisation, query handling and percent-decoding.
-module(uri_string_module).
-export([start/0]).

start() ->
    U = "https://user@example.com:8080/a/b/../c?x=1&y=%20z#frag",
    P = uri_string:parse(U),
    {P, uri_string:recompose(P), uri_string:normalize("HTTP://Example.COM:80/a/./b/../c"),
     uri_string:dissect_query("a=1&b=two%20words&c"), uri_string:compose_query([{"k", "v w"}, {"q", true}]),
     uri_string:parse(<<"/relative/path?q">>), uri_string:resolve("../d", "http://h/a/b/c"),
     uri_string:transcode(<<"a%20b">>, [{in_encoding, utf8}, {out_encoding, utf8}]),
     uri_string:percent_decode("%41%42"), uri_string:parse("http://[::1]:80/")}.
