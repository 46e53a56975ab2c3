// Protects Gleam actors exchanging messages: two processes bouncing a counter back and forth, and a ring of spawned processes passing a token around, reporting to the parent.

pub type Pid

pub type Ball {
  Ball(hits: Int, from: Pid)
  Done(rallies: Int)
}

pub type Token {
  Token(laps_left: Int, trail: List(Int))
}

@external(erlang, "erlang", "spawn")
fn spawn(f: fn() -> a) -> Pid

@external(erlang, "erlang", "send")
fn send(to: Pid, msg: m) -> m

@external(erlang, "erlang", "self")
fn self() -> Pid

@external(erlang, "gleam_process", "receive_any")
fn receive_any(timeout: Int) -> Result(a, Nil)

fn player(parent: Pid, limit: Int) -> Nil {
  case receive_any(1000) {
    Ok(Ball(hits, from)) if hits >= limit -> {
      send(parent, Done(hits))
      send(from, Done(hits))
      Nil
    }
    Ok(Ball(hits, from)) -> {
      send(from, Ball(hits + 1, self()))
      player(parent, limit)
    }
    Ok(Done(_)) -> Nil
    Error(Nil) -> Nil
  }
}

fn ring_node(id: Int, next: Pid) -> Nil {
  case receive_any(1000) {
    Ok(Token(laps, trail)) -> {
      send(next, Token(laps, [id, ..trail]))
      ring_node(id, next)
    }
    Error(Nil) -> Nil
  }
}

fn build_ring(n: Int, next: Pid) -> Pid {
  case n {
    0 -> next
    _ -> {
      let node = spawn(fn() { ring_node(n, next) })
      build_ring(n - 1, node)
    }
  }
}

fn collect(first: Pid, laps: Int, acc: List(List(Int))) -> List(List(Int)) {
  case laps {
    0 -> acc
    _ ->
      case receive_any(1000) {
        Ok(Token(_, trail)) -> {
          send(first, Token(laps - 1, []))
          collect(first, laps - 1, [trail, ..acc])
        }
        Error(Nil) -> acc
      }
  }
}

pub fn start() {
  let parent = self()
  let a = spawn(fn() { player(parent, 50) })
  let b = spawn(fn() { player(parent, 50) })
  send(a, Ball(0, b))
  let rally = receive_any(1000)
  let first = build_ring(5, parent)
  send(first, Token(3, []))
  let trails = collect(first, 3, [])
  #(rally, trails)
}
