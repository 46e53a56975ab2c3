// Protects the pipe operator |> including piping into function captures.

fn double(x: Int) -> Int {
  x * 2
}

fn add(a: Int, b: Int) -> Int {
  a + b
}

fn sub(a: Int, b: Int) -> Int {
  a - b
}

pub fn start() {
  let a = 5 |> double |> add(1) |> sub(100, _)
  let b = 3 |> sub(_, 1) |> double
  #(a, b, 1 |> add(2) |> double |> double)
}
