// Protects Gleam code printing through io:format with ~p, ~s and ~ts on Gleam values.

@external(erlang, "io", "format")
fn format(fmt: String, args: List(a)) -> Nil

pub type Event {
  Click(x: Int, y: Int)
  Key(String)
}

pub fn start() {
  format("~p~n", [[Click(1, 2), Key("q")]])
  format("~s and ~ts~n", ["plain", "ünïcode"])
  format("~w~n", [#(1, 2.5, "bin")])
  Nil
}
