// Protects Gleam calling Erlang list functions through @external declarations.

@external(erlang, "lists", "reverse")
fn reverse(l: List(a)) -> List(a)

@external(erlang, "lists", "sort")
fn sort(l: List(a)) -> List(a)

@external(erlang, "lists", "seq")
fn seq(from: Int, to: Int) -> List(Int)

@external(erlang, "lists", "sum")
fn sum(l: List(Int)) -> Int

@external(erlang, "erlang", "length")
fn length(l: List(a)) -> Int

@external(erlang, "lists", "zip")
fn zip(a: List(a), b: List(b)) -> List(#(a, b))

pub fn start() {
  let l = seq(1, 10)
  #(reverse(l), sort([3, 1, 2]), sum(l), length(l), zip([1, 2], ["a", "b"]), sort(["b", "a", "c"]))
}
