// Protects let assert on matching values and the panic it raises on mismatch (caught in Erlang).

@external(erlang, "gleam_rescue", "rescue")
fn rescue(f: fn() -> a) -> Result(a, b)

fn first_two(l: List(Int)) -> Int {
  let assert [a, b, ..] = l
  a + b
}

pub fn start() {
  let assert Ok(v) = Ok(41)
  #(v + 1, first_two([1, 2, 3]), rescue(fn() { first_two([7]) }))
}
