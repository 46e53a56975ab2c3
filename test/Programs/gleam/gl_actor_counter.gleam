// Protects a Gleam actor over erlang:spawn/send and a receive helper: a counter served by a recursive loop, replies matched by reference, and messages handled in send order.

pub type Pid

pub type Ref

pub type Msg {
  Incr(Int)
  Decr(Int)
  Get(reply_to: Pid, ref: Ref)
  History(reply_to: Pid, ref: Ref)
  Stop
}

@external(erlang, "erlang", "spawn")
fn spawn(f: fn() -> a) -> Pid

@external(erlang, "erlang", "send")
fn send(to: Pid, msg: m) -> m

@external(erlang, "erlang", "self")
fn self() -> Pid

@external(erlang, "erlang", "make_ref")
fn make_ref() -> Ref

@external(erlang, "erlang", "is_process_alive")
fn is_alive(p: Pid) -> Bool

@external(erlang, "gleam_process", "receive_any")
fn receive_any(timeout: Int) -> Result(Msg, Nil)

@external(erlang, "gleam_process", "receive_reply")
fn receive_reply(ref: Ref, timeout: Int) -> Result(a, Nil)

fn loop(count: Int, seen: List(Int)) -> Nil {
  case receive_any(1000) {
    Ok(Incr(n)) -> loop(count + n, [n, ..seen])
    Ok(Decr(n)) -> loop(count - n, [-n, ..seen])
    Ok(Get(to, ref)) -> {
      send(to, #(ref, count))
      loop(count, seen)
    }
    Ok(History(to, ref)) -> {
      send(to, #(ref, seen))
      loop(count, seen)
    }
    Ok(Stop) -> Nil
    Error(Nil) -> Nil
  }
}

fn get(counter: Pid) -> Result(Int, Nil) {
  let ref = make_ref()
  send(counter, Get(self(), ref))
  receive_reply(ref, 1000)
}

fn history(counter: Pid) -> Result(List(Int), Nil) {
  let ref = make_ref()
  send(counter, History(self(), ref))
  receive_reply(ref, 1000)
}

fn send_all(counter: Pid, n: Int) -> Nil {
  case n {
    0 -> Nil
    _ -> {
      send(counter, Incr(n))
      send_all(counter, n - 1)
    }
  }
}

pub fn start() {
  let counter = spawn(fn() { loop(0, []) })
  let first = get(counter)
  send(counter, Incr(5))
  send(counter, Decr(2))
  let second = get(counter)
  send_all(counter, 100)
  let third = get(counter)
  let last_three = case history(counter) {
    Ok([a, b, c, ..]) -> Ok([a, b, c])
    _ -> Error(Nil)
  }
  send(counter, Stop)
  let ref = make_ref()
  send(self(), #(ref, "mine"))
  #(first, second, third, last_three, receive_reply(ref, 100), is_alive(self()))
}
