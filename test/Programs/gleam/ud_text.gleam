// Typical user code: strings, unicode and bit arrays via Erlang externals.

@external(erlang, "string", "uppercase")
fn uppercase(s: String) -> String

@external(erlang, "string", "length")
fn length(s: String) -> Int

@external(erlang, "string", "reverse")
fn reverse(s: String) -> String

@external(erlang, "erlang", "byte_size")
fn byte_size(s: String) -> Int

@external(erlang, "string", "split")
fn split(s: String, sep: String, how: Where) -> List(String)

pub type Where {
  All
  Leading
}

@external(erlang, "io", "format")
fn format(f: String, args: List(a)) -> Nil

pub fn start() {
  let s = "héllo wörld 😀"
  format("~ts~n", [s])
  format("~p~n", [s])
  #(uppercase(s), length(s), byte_size(s), split("a,b,c", ",", All), split("a,b,c", ",", Leading), <<s:utf8, 0>>,
    reverse("abc"))
}
