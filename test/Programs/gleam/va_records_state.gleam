// Typical Gleam user code: custom types as records, record update, a fold
// over a list of events into a state, and pattern matching on variants.

pub type Account {
  Account(name: String, balance: Int, history: List(Event))
}

pub type Event {
  Deposit(Int)
  Withdraw(Int)
  Fee(reason: String, amount: Int)
}

@external(erlang, "lists", "foldl")
fn foldl(f: fn(a, b) -> b, acc: b, l: List(a)) -> b

@external(erlang, "lists", "reverse")
fn reverse(l: List(a)) -> List(a)

fn apply(event: Event, acc: Account) -> Account {
  let balance = acc.balance
  case event {
    Deposit(n) -> Account(..acc, balance: acc.balance + n, history: [event, ..acc.history])
    Withdraw(n) if n <= balance ->
      Account(..acc, balance: acc.balance - n, history: [event, ..acc.history])
    Withdraw(_) -> Account(..acc, history: [Fee("overdraft", 5), ..acc.history], balance: acc.balance - 5)
    Fee(_, amount) -> Account(..acc, balance: acc.balance - amount, history: [event, ..acc.history])
  }
}

pub fn start() {
  let events = [Deposit(100), Withdraw(30), Withdraw(500), Fee("monthly", 2), Deposit(7)]
  let final = foldl(fn(e, acc) { apply(e, acc) }, Account("ann", 0, []), events)
  #(final.name, final.balance, reverse(final.history), Account(..final, history: []))
}
