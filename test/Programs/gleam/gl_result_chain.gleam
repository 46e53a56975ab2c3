// Protects Result values ({ok,V} / {error,E}) and chaining them by hand in Gleam.

fn parse_digit(c: String) -> Result(Int, String) {
  case c {
    "0" -> Ok(0)
    "1" -> Ok(1)
    "2" -> Ok(2)
    "3" -> Ok(3)
    _ -> Error("not a digit: " <> c)
  }
}

fn then(r: Result(a, e), f: fn(a) -> Result(b, e)) -> Result(b, e) {
  case r {
    Ok(x) -> f(x)
    Error(e) -> Error(e)
  }
}

fn add_digits(a: String, b: String) -> Result(Int, String) {
  use x <- then(parse_digit(a))
  use y <- then(parse_digit(b))
  Ok(x * 10 + y)
}

pub fn start() {
  #(add_digits("1", "2"), add_digits("3", "x"), add_digits("q", "0"), Ok(Nil), Error(Nil))
}
