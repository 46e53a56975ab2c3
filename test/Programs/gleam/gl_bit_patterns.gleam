// Protects matching Gleam bit arrays byte by byte and with utf8 and size-driven segments.

fn count_bytes(b: BitString, acc: Int) -> Int {
  case b {
    <<_:int-size(8), rest:bit_string>> -> count_bytes(rest, acc + 1)
    _ -> acc
  }
}

fn sum_bytes(b: BitString, acc: Int) -> Int {
  case b {
    <<x:int, rest:bit_string>> -> sum_bytes(rest, acc + x)
    _ -> acc
  }
}

fn first_char(b: BitString) -> Int {
  case b {
    <<c:utf8_codepoint, _:bit_string>> -> 1
    _ -> 0
  }
}

pub fn start() {
  let data = <<"héllo":utf8>>
  #(count_bytes(data, 0), sum_bytes(data, 0), first_char(data), first_char(<<255>>))
}
