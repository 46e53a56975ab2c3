%% Protects float segments: 16/32/64-bit construction and matching in both byte orders.
-module(bin_float).
-export([start/0, id/1]).

id(X) -> X.

start() ->
    F = ?MODULE:id(3.14159),
    B64 = <<F:64/float>>,
    B32 = <<F:32/float>>,
    B16 = <<F:16/float>>,
    L64 = <<F:64/float-little>>,
    <<G:64/float>> = B64,
    <<H:32/float>> = B32,
    <<I:16/float>> = B16,
    <<J:64/float-little>> = L64,
    Int = <<(?MODULE:id(3)):32/float>>,
    Bad = case ?MODULE:id(<<255, 255, 255, 255>>) of
              <<X:32/float>> -> {matched, X};
              _ -> nan_no_match
          end,
    {B64, B32, B16, L64, G, H, I, J, Int, Bad, <<(-0.0):64/float>>, <<1.0e300:64/float>>,
     try <<(?MODULE:id(1.0e300)):32/float>> catch error:R -> R end}.
