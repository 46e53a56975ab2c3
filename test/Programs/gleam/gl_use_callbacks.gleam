// Protects Gleam's `use` syntax desugaring into callbacks, with early exits.

fn with_resource(name: String, f: fn(String) -> List(String)) -> List(String) {
  ["open " <> name, ..f(name)]
}

fn guard(cond: Bool, otherwise: a, f: fn() -> a) -> a {
  case cond {
    True -> otherwise
    False -> f()
  }
}

fn check(n: Int) -> String {
  use <- guard(n < 0, "negative")
  use <- guard(n > 100, "too big")
  "ok"
}

pub fn start() {
  let log = {
    use r <- with_resource("file")
    ["use " <> r, "close " <> r]
  }
  #(log, check(-1), check(500), check(50))
}
