// Protects a merge sort and quicksort written in Gleam over a deterministic pseudo-random list.

fn split(l: List(Int), a: List(Int), b: List(Int)) -> #(List(Int), List(Int)) {
  case l {
    [] -> #(a, b)
    [x, ..rest] -> split(rest, b, [x, ..a])
  }
}

fn merge(a: List(Int), b: List(Int)) -> List(Int) {
  case a, b {
    [], _ -> b
    _, [] -> a
    [x, ..xs], [y, ..] if x <= y -> [x, ..merge(xs, b)]
    _, [y, ..ys] -> [y, ..merge(a, ys)]
  }
}

fn merge_sort(l: List(Int)) -> List(Int) {
  case l {
    [] | [_] -> l
    _ -> {
      let #(a, b) = split(l, [], [])
      merge(merge_sort(a), merge_sort(b))
    }
  }
}

fn quick(l: List(Int)) -> List(Int) {
  case l {
    [] -> []
    [p, ..rest] -> {
      let #(lo, hi) = partition(rest, p, [], [])
      append(quick(lo), [p, ..quick(hi)])
    }
  }
}

fn partition(l: List(Int), p: Int, lo: List(Int), hi: List(Int)) -> #(List(Int), List(Int)) {
  case l {
    [] -> #(lo, hi)
    [x, ..rest] if x < p -> partition(rest, p, [x, ..lo], hi)
    [x, ..rest] -> partition(rest, p, lo, [x, ..hi])
  }
}

fn append(a: List(Int), b: List(Int)) -> List(Int) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..append(t, b)]
  }
}

fn randoms(n: Int, seed: Int, acc: List(Int)) -> List(Int) {
  case n {
    0 -> acc
    _ -> {
      let next = { seed * 1_103_515_245 + 12_345 } % 2_147_483_648
      randoms(n - 1, next, [next % 1000, ..acc])
    }
  }
}

pub fn start() {
  let l = randoms(2000, 1, [])
  let a = merge_sort(l)
  #(a == quick(l), take(a, 10), merge_sort([3, 1, 2]))
}

fn take(l: List(Int), n: Int) -> List(Int) {
  case l, n {
    _, 0 -> []
    [], _ -> []
    [h, ..t], _ -> [h, ..take(t, n - 1)]
  }
}
