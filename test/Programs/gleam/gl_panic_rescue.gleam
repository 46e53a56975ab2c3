// Protects Gleam panic and todo raising errors that an Erlang helper catches and returns.

@external(erlang, "gleam_rescue", "rescue")
fn rescue(f: fn() -> a) -> Result(a, b)

fn risky(n: Int) -> Int {
  case n {
    0 -> panic
    1 -> panic as "one is not allowed"
    _ -> n * 2
  }
}

pub fn start() {
  #(rescue(fn() { risky(5) }), rescue(fn() { risky(0) }), rescue(fn() { risky(1) }))
}
