// Protects Gleam bit arrays: integer, float, binary and utf8 segments, sizes and matching.

fn parse(b: BitString) -> #(Int, Int, BitString) {
  case b {
    <<tag:int-size(8), len:int-size(16), rest:bit_string>> -> #(tag, len, rest)
    _ -> #(-1, -1, <<>>)
  }
}

pub fn start() {
  let b = <<1:8, 300:16, "hi":utf8, 1.5:float>>
  let little = <<258:16-little>>
  #(b, parse(b), parse(<<1>>), little, <<3:size(4), 15:size(4)>>, <<b:bit_string, 0:8>>)
}
