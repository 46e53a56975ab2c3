// Protects generic Gleam types and functions: a polymorphic pair, option and stack.

pub type Option(a) {
  Some(a)
  None
}

pub type Stack(a) {
  Stack(items: List(a), size: Int)
}

fn push(s: Stack(a), x: a) -> Stack(a) {
  Stack([x, ..s.items], s.size + 1)
}

fn pop(s: Stack(a)) -> #(Option(a), Stack(a)) {
  case s.items {
    [] -> #(None, s)
    [h, ..t] -> #(Some(h), Stack(t, s.size - 1))
  }
}

fn map_option(o: Option(a), f: fn(a) -> b) -> Option(b) {
  case o {
    Some(x) -> Some(f(x))
    None -> None
  }
}

pub fn start() {
  let s = push(push(push(Stack([], 0), "a"), "b"), "c")
  let #(top, rest) = pop(s)
  #(s, top, rest, map_option(Some(2), fn(x) { x * 10 }), map_option(None, fn(x) { x + 1 }))
}
