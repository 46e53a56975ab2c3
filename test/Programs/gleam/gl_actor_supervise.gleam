// Protects Gleam code watching actors through externals: monitors and DOWN reasons, links with trap_exit and EXIT reasons, exit/2 with kill, and a registered name.

pub type Pid

pub type Ref

pub type Atom

pub type Command {
  Crash(reason: String)
  Ping(reply_to: Pid)
  Pong
}

@external(erlang, "erlang", "spawn")
fn spawn(f: fn() -> a) -> Pid

@external(erlang, "erlang", "spawn_link")
fn spawn_link(f: fn() -> a) -> Pid

@external(erlang, "erlang", "send")
fn send(to: Pid, msg: m) -> m

@external(erlang, "erlang", "self")
fn self() -> Pid

@external(erlang, "erlang", "exit")
fn exit(reason: a) -> b

@external(erlang, "erlang", "exit")
fn exit_other(pid: Pid, reason: Atom) -> Bool

@external(erlang, "erlang", "binary_to_atom")
fn atom(name: String) -> Atom

@external(erlang, "erlang", "monitor")
fn monitor(kind: Atom, pid: Pid) -> Ref

@external(erlang, "erlang", "process_flag")
fn process_flag(flag: Atom, value: Bool) -> Bool

@external(erlang, "erlang", "register")
fn register(name: Atom, pid: Pid) -> Bool

@external(erlang, "erlang", "whereis")
fn whereis(name: Atom) -> Pid

@external(erlang, "erlang", "is_process_alive")
fn is_alive(p: Pid) -> Bool

@external(erlang, "gleam_process", "receive_any")
fn receive_any(timeout: Int) -> Result(Command, Nil)

@external(erlang, "gleam_process", "receive_down")
fn receive_down(ref: Ref, timeout: Int) -> Result(a, Nil)

@external(erlang, "gleam_process", "receive_exit")
fn receive_exit(pid: Pid, timeout: Int) -> Result(a, Nil)

fn worker() -> Nil {
  case receive_any(2000) {
    Ok(Crash(reason)) -> exit(reason)
    Ok(Ping(to)) -> {
      send(to, Pong)
      worker()
    }
    _ -> Nil
  }
}

pub fn start() {
  let w = spawn(worker)
  let m = monitor(atom("process"), w)
  send(w, Ping(self()))
  let pong = receive_any(1000)
  send(w, Crash("bad input"))
  let down = receive_down(m, 1000)
  let dead = monitor(atom("process"), w)
  let noproc = receive_down(dead, 1000)
  let was_trapping = process_flag(atom("trap_exit"), True)
  let l = spawn_link(worker)
  send(l, Crash("linked"))
  let exit_reason = receive_exit(l, 1000)
  let k = spawn_link(worker)
  exit_other(k, atom("kill"))
  let killed = receive_exit(k, 1000)
  let n = spawn(worker)
  register(atom("gl_named_worker"), n)
  send(whereis(atom("gl_named_worker")), Ping(self()))
  let named_pong = receive_any(1000)
  send(n, Crash("done"))
  process_flag(atom("trap_exit"), was_trapping)
  #(pong, down, noproc, exit_reason, killed, named_pong, is_alive(w))
}
