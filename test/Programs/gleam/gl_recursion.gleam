// Protects recursion in Gleam: naive fib, accumulator loops and Ackermann-style deep calls.

fn fib(n: Int) -> Int {
  case n < 2 {
    True -> n
    False -> fib(n - 1) + fib(n - 2)
  }
}

fn sum_to(n: Int, acc: Int) -> Int {
  case n {
    0 -> acc
    _ -> sum_to(n - 1, acc + n)
  }
}

fn ackermann(m: Int, n: Int) -> Int {
  case m, n {
    0, _ -> n + 1
    _, 0 -> ackermann(m - 1, 1)
    _, _ -> ackermann(m - 1, ackermann(m, n - 1))
  }
}

pub fn start() {
  #(fib(22), sum_to(1_000_000, 0), ackermann(2, 3), ackermann(3, 3))
}
