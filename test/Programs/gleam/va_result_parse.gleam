// Typical Gleam user code: parsing integers from strings with Result,
// chaining with use-style callbacks written by hand, and list recursion.

// string:to_integer/1 answers {Int, Rest} or {error, Reason}; the type
// below only holds for the first, so the result is checked with is_integer.
@external(erlang, "string", "to_integer")
fn erl_to_integer(s: String) -> #(Int, String)

@external(erlang, "erlang", "is_integer")
fn is_integer(d: Int) -> Bool

@external(erlang, "string", "split")
fn split(s: String, sep: String, how: Where) -> List(String)

pub type Where {
  All
}

fn parse_int(s: String) -> Result(Int, String) {
  case erl_to_integer(s) {
    #(n, rest) ->
      case is_integer(n), rest {
        True, "" -> Ok(n)
        True, _ -> Error("trailing: " <> rest)
        False, _ -> Error("not a number: " <> s)
      }
  }
}

fn try_map(l: List(String), acc: List(Int)) -> Result(List(Int), String) {
  case l {
    [] -> Ok(acc)
    [x, ..rest] ->
      case parse_int(x) {
        Ok(n) -> try_map(rest, [n, ..acc])
        Error(e) -> Error(e)
      }
  }
}

fn sum(l: List(Int)) -> Int {
  case l {
    [] -> 0
    [x, ..rest] -> x + sum(rest)
  }
}

pub fn start() {
  let good = try_map(split("1,2,3,40", ",", All), [])
  let bad = try_map(split("1,x,3", ",", All), [])
  let trailing = try_map(split("7,8z", ",", All), [])
  let total = case good {
    Ok(ns) -> sum(ns)
    Error(_) -> -1
  }
  #(good, bad, trailing, total)
}
