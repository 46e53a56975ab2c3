// Protects long tail-recursive loops in Gleam code (millions of iterations, constant stack).

fn loop(i: Int, acc: Int) -> Int {
  case i {
    0 -> acc
    _ -> loop(i - 1, { acc * 31 + i } % 1_000_000_007)
  }
}

fn count_down(n: Int) -> Int {
  case n > 0 {
    True -> count_down(n - 1)
    False -> n
  }
}

pub fn start() {
  #(loop(2_000_000, 7), count_down(1_000_000))
}
