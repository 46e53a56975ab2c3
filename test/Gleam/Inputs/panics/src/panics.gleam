// Prints, then panics: gleam run's entry module reports the error and the
// VM exits with status 127.
@external(erlang, "io", "put_chars")
fn put_chars(text: String) -> Nil

fn check(n: Int) -> Int {
  case n > 2 {
    True -> panic
    False -> n + 1
  }
}

pub fn main() {
  put_chars("checking\n")
  let assert 4 = check(check(check(1)))
  put_chars("not reached\n")
}
