// Protects Gleam case expressions: tuples, lists, alternatives, nested patterns and assignments.

fn describe(x: #(Int, List(String))) -> String {
  case x {
    #(0, []) -> "zero and empty"
    #(0, _) -> "zero"
    #(n, [first]) if n > 10 -> "big with one: " <> first
    #(_, [a, b, ..]) -> "at least two: " <> a <> b
    #(1, _) | #(2, _) -> "one or two"
    #(_, [_] as single) -> single_name(single)
    _ -> "other"
  }
}

fn single_name(l: List(String)) -> String {
  case l {
    [s] -> "single " <> s
    _ -> "?"
  }
}

pub fn start() {
  [
    describe(#(0, [])),
    describe(#(0, ["x"])),
    describe(#(11, ["y"])),
    describe(#(5, ["a", "b", "c"])),
    describe(#(2, [])),
    describe(#(5, ["z"])),
    describe(#(7, [])),
  ]
}
