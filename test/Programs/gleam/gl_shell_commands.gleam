// Runs OS commands from Gleam over ports, as CLI tools built on shell
// libraries do: output and exit status, a working directory, a missing
// command, and line-mode reading of a child's output.

pub type Line {
  Eol(BitString)
  Noeol(BitString)
}

@external(erlang, "gleam_shell", "command")
fn command(
  run: String,
  with: List(String),
  in: String,
) -> Result(String, #(Int, String))

@external(erlang, "gleam_shell", "head_lines")
fn head_lines(input: List(String), count: Int, width: Int) -> List(Line)

fn describe(r: Result(String, #(Int, String))) -> String {
  case r {
    Ok(out) -> "ok: " <> out
    Error(#(status, out)) -> "error " <> int_to_string(status) <> ": " <> out
  }
}

@external(erlang, "erlang", "integer_to_binary")
fn int_to_string(i: Int) -> String

pub fn start() {
  #(
    describe(command("echo", ["hello", "from gleam"], ".")),
    describe(command("pwd", [], "/usr")),
    describe(command("sh", ["-c", "echo oops >&2; exit 4"], ".")),
    describe(command("no-such-command-here", [], ".")),
    describe(command("printf", ["%s|%s", "a b", "c"], ".")),
    head_lines(["one", "two", "a line longer than ten", "four", "five"], 3, 10),
  )
}
