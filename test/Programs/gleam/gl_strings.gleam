// Protects Gleam strings as UTF-8 binaries: concatenation, escapes and Erlang string externals.

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

@external(erlang, "string", "uppercase")
fn uppercase(s: String) -> String

@external(erlang, "string", "length")
fn grapheme_length(s: String) -> Int

@external(erlang, "string", "reverse")
fn reverse(s: String) -> List(Int)

pub fn start() {
  let greeting = "Hello" <> ", " <> "Wörld"
  #(
    greeting,
    byte_size(greeting),
    grapheme_length(greeting),
    uppercase(greeting),
    "tab\tnewline\nquote\"backslash\\",
    "",
    reverse("abc"),
    "unicode: 😀",
  )
}
