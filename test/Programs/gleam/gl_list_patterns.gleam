// Protects Gleam list patterns of fixed length, head/tail, and nested list patterns.

fn shape(l: List(List(Int))) -> String {
  case l {
    [] -> "empty"
    [[]] -> "one empty"
    [[x]] if x > 0 -> "one positive singleton"
    [[_, ..], [_, ..]] -> "two non-empty"
    [_, _, _, ..] -> "three or more"
    _ -> "something else"
  }
}

pub fn start() {
  [shape([]), shape([[]]), shape([[5]]), shape([[-5]]), shape([[1], [2, 3]]), shape([[], [], []]), shape([[1], []])]
}
