// Protects anonymous functions and closures in Gleam: capture, returning and applying funs.

fn make_adder(n: Int) -> fn(Int) -> Int {
  fn(x) { x + n }
}

fn compose(f: fn(a) -> b, g: fn(b) -> c) -> fn(a) -> c {
  fn(x) { g(f(x)) }
}

fn apply_n(f: fn(a) -> a, n: Int, x: a) -> a {
  case n {
    0 -> x
    _ -> apply_n(f, n - 1, f(x))
  }
}

pub fn start() {
  let add3 = make_adder(3)
  let prefix = "item-"
  let label = fn(s: String) { prefix <> s }
  let both = compose(add3, fn(x) { x * 100 })
  #(add3(4), label("x"), both(1), apply_n(add3, 10, 0), apply_n(fn(s) { s <> "!" }, 3, "hey"))
}
