// Protects Gleam code using Erlang maps through externals: put, get, keys, fold.

pub type Map(k, v)

@external(erlang, "maps", "new")
fn new() -> Map(k, v)

@external(erlang, "maps", "put")
fn put(k: k, v: v, m: Map(k, v)) -> Map(k, v)

@external(erlang, "maps", "find")
fn find(k: k, m: Map(k, v)) -> Result(v, Nil)

@external(erlang, "maps", "keys")
fn keys(m: Map(k, v)) -> List(k)

@external(erlang, "maps", "size")
fn size(m: Map(k, v)) -> Int

fn build(n: Int, m: Map(Int, Int)) -> Map(Int, Int) {
  case n {
    0 -> m
    _ -> build(n - 1, put(n, n * n, m))
  }
}

pub fn start() {
  let m = build(10, new())
  let words = put("b", 2, put("a", 1, new()))
  #(size(m), find(7, m), find(11, m), keys(words), find("a", words))
}
