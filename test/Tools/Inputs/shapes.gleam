// The bundled example: a small Gleam program with a custom type, pattern
// matching, recursion, floats and strings.

@external(erlang, "io", "format")
fn format(fmt: String, args: List(a)) -> Nil

pub type Shape {
  Circle(radius: Float)
  Rectangle(width: Float, height: Float)
}

pub fn area(shape: Shape) -> Float {
  case shape {
    Circle(r) -> 3.14159 *. r *. r
    Rectangle(w, h) -> w *. h
  }
}

fn total(shapes: List(Shape), acc: Float) -> Float {
  case shapes {
    [] -> acc
    [first, ..rest] -> total(rest, acc +. area(first))
  }
}

pub fn main() {
  let shapes = [Circle(1.0), Rectangle(2.0, 3.5), Circle(0.5)]
  format("Hello from Gleam! Total area: ~p~n", [total(shapes, 0.0)])
}
