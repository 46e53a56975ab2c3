%% Protects base64 encoding and decoding, padding, the urlsafe alphabet and decode errors.
-module(base64_module).
-export([start/0]).

start() ->
    Inputs = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>,
              <<255, 254, 253, 0, 1>>],
    {[base64:encode(I) || I <- Inputs], [base64:decode(base64:encode(I)) =:= I || I <- Inputs],
     base64:encode_to_string("hello"), base64:decode_to_string("aGVsbG8="),
     base64:mime_decode(<<"aGVs\r\nbG8=">>), base64:encode(<<251, 255>>),
     try base64:decode(<<"a">>) catch error:R -> R end,
     try base64:decode(<<"a*==">>) catch error:R2 -> R2 end,
     base64:encode(binary:copy(<<"xyz">>, 30))}.
