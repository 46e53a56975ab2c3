// Protects Gleam opaque types and module-private helpers operating on them.

pub opaque type Counter {
  Counter(count: Int, history: List(Int))
}

pub fn new() -> Counter {
  Counter(0, [])
}

pub fn incr(c: Counter, by: Int) -> Counter {
  Counter(c.count + by, [c.count, ..c.history])
}

pub fn value(c: Counter) -> Int {
  c.count
}

pub fn start() {
  let c = new() |> incr(1) |> incr(10) |> incr(100)
  #(value(c), c)
}
