// Protects Gleam number/string conversions via Erlang BIF externals.

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String

@external(erlang, "erlang", "integer_to_binary")
fn int_to_base(i: Int, base: Int) -> String

@external(erlang, "erlang", "binary_to_integer")
fn parse_int(s: String) -> Int

@external(erlang, "erlang", "float_to_binary")
fn float_to_string(f: Float) -> String

@external(erlang, "erlang", "float")
fn to_float(i: Int) -> Float

pub fn start() {
  #(
    int_to_string(12_345),
    int_to_string(-7),
    int_to_base(255, 16),
    int_to_base(5, 2),
    parse_int("99") + 1,
    float_to_string(1.5),
    to_float(3),
    int_to_string(123_456_789_012_345_678_901_234_567_890),
  )
}
