// A command-line tool: prints its arguments, then each line of standard
// input numbered, then a count; `cli/greet` is a second entry module.
@external(erlang, "cli_ffi", "arguments")
fn arguments() -> List(String)

@external(erlang, "cli_ffi", "read_line")
fn read_line() -> Result(String, Nil)

@external(erlang, "cli_ffi", "print")
pub fn print(text: String) -> Nil

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(n: Int) -> String

fn join(items: List(String), acc: String) -> String {
  case items {
    [] -> acc
    [first, ..rest] ->
      case acc {
        "" -> join(rest, "[" <> first <> "]")
        _ -> join(rest, acc <> " [" <> first <> "]")
      }
  }
}

fn echo_lines(count: Int) -> Int {
  case read_line() {
    Ok(line) -> {
      print(int_to_string(count + 1) <> ": " <> line)
      echo_lines(count + 1)
    }
    Error(Nil) -> count
  }
}

pub fn main() {
  print("arguments: " <> join(arguments(), ""))
  let count = echo_lines(0)
  print("lines: " <> int_to_string(count))
}
