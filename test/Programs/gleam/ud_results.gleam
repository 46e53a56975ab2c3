// Typical user code: Result and Option-like custom types, error handling with case and use.

pub type Error {
  NotANumber(String)
  TooLarge(Int)
  Negative
}

@external(erlang, "string", "to_integer")
fn erl_to_integer(s: String) -> #(Dynamic, String)

pub type Dynamic

@external(erlang, "erlang", "is_integer")
fn is_int(d: Dynamic) -> Bool

fn parse(s: String) -> Result(Int, Error) {
  case s {
    "0" -> Ok(0)
    "1" -> Ok(1)
    "42" -> Ok(42)
    "1000" -> Ok(1000)
    "-5" -> Ok(-5)
    _ -> Error(NotANumber(s))
  }
}

fn check(n: Int) -> Result(Int, Error) {
  case n {
    n if n < 0 -> Error(Negative)
    n if n > 100 -> Error(TooLarge(n))
    n -> Ok(n)
  }
}

fn try(r: Result(a, e), f: fn(a) -> Result(b, e)) -> Result(b, e) {
  case r {
    Ok(x) -> f(x)
    Error(e) -> Error(e)
  }
}

fn process(s: String) -> Result(Int, Error) {
  use n <- try(parse(s))
  use m <- try(check(n))
  Ok(m * 2)
}

fn collect(l: List(String)) -> List(Result(Int, Error)) {
  case l {
    [] -> []
    [x, ..rest] -> [process(x), ..collect(rest)]
  }
}

pub fn start() {
  let results = collect(["0", "42", "1000", "-5", "abc"])
  let assert Ok(v) = process("42")
  #(results, v, erl_to_integer("12ab"))
}
