// Protects Gleam tuples: construction, positional access, nesting and destructuring.

fn swap(pair: #(a, b)) -> #(b, a) {
  #(pair.1, pair.0)
}

pub fn start() {
  let t = #(1, "two", 3.0, #(4, [5]))
  let #(a, b, _, #(d, e)) = t
  #(t.0, t.1, t.2, { t.3 }.0, swap(#("x", 9)), a + d, b, e, #())
}
