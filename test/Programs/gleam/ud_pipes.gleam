// Typical user code: pipes, recursion over lists, custom types and string building.

pub type Shape {
  Circle(radius: Float)
  Rect(w: Float, h: Float)
  Square(side: Float)
}

fn map(l: List(a), f: fn(a) -> b) -> List(b) {
  case l {
    [] -> []
    [x, ..rest] -> [f(x), ..map(rest, f)]
  }
}

@external(erlang, "lists", "reverse")
fn reverse(l: List(a)) -> List(a)

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String

fn area(s: Shape) -> Float {
  case s {
    Circle(r) -> 3.14159 *. r *. r
    Rect(w, h) -> w *. h
    Square(x) -> x *. x
  }
}

fn sum(l: List(Float), acc: Float) -> Float {
  case l {
    [] -> acc
    [x, ..rest] -> sum(rest, acc +. x)
  }
}

fn range(a: Int, b: Int) -> List(Int) {
  case a > b {
    True -> []
    False -> [a, ..range(a + 1, b)]
  }
}

fn join(l: List(String), sep: String) -> String {
  case l {
    [] -> ""
    [x] -> x
    [x, ..rest] -> x <> sep <> join(rest, sep)
  }
}

pub fn start() {
  let shapes = [Circle(1.0), Rect(2.0, 3.0), Square(4.0)]
  let areas = shapes |> map(area)
  let total = sum(areas, 0.0)
  let labels = range(1, 10) |> map(fn(i) { i * i }) |> map(int_to_string) |> join(", ")
  let updated = case shapes {
    [Circle(r), ..] -> Circle(r *. 2.0)
    _ -> Square(0.0)
  }
  #(areas, total, labels, reverse(range(1, 5)), updated, shapes)
}
