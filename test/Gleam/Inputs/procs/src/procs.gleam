// Processes through Erlang: workers that answer in order, a gen_server
// counter, and a supervisor that restarts a crashed child.
@external(erlang, "procs_ffi", "squares")
fn squares(n: Int) -> List(Int)

@external(erlang, "procs_ffi", "counter")
fn counter(bumps: Int) -> Int

@external(erlang, "procs_ffi", "restarts")
fn restarts() -> #(Bool, Bool)

@external(erlang, "procs_ffi", "show")
fn show(label: String, value: a) -> Nil

pub fn main() {
  show("squares", squares(10))
  show("counter", counter(250))
  show("restarted", restarts())
}
