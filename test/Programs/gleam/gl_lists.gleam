// Protects Gleam list literals, spreads, prefix patterns and hand-written list functions.

fn map(l: List(a), f: fn(a) -> b) -> List(b) {
  case l {
    [] -> []
    [h, ..t] -> [f(h), ..map(t, f)]
  }
}

fn filter(l: List(a), keep: fn(a) -> Bool) -> List(a) {
  case l {
    [] -> []
    [h, ..t] ->
      case keep(h) {
        True -> [h, ..filter(t, keep)]
        False -> filter(t, keep)
      }
  }
}

fn fold(l: List(a), acc: b, f: fn(b, a) -> b) -> b {
  case l {
    [] -> acc
    [h, ..t] -> fold(t, f(acc, h), f)
  }
}

fn range(from: Int, to: Int) -> List(Int) {
  case from > to {
    True -> []
    False -> [from, ..range(from + 1, to)]
  }
}

pub fn start() {
  let xs = range(1, 10)
  let extended = [0, -1, ..xs]
  #(
    map(xs, fn(x) { x * x }),
    filter(xs, fn(x) { x % 2 == 0 }),
    fold(xs, 0, fn(a, x) { a + x }),
    extended,
    fold(extended, [], fn(acc, x) { [x, ..acc] }),
  )
}
