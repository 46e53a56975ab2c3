// Protects labelled arguments in Gleam calls, given in any order, and partial application.

fn between(value v: Int, low lo: Int, high hi: Int) -> Bool {
  v >= lo && v <= hi
}

fn greet(greeting g: String, name n: String) -> String {
  g <> ", " <> n <> "!"
}

pub fn start() {
  let is_digit = between(low: 0, high: 9, value: _)
  #(
    between(value: 5, low: 1, high: 10),
    between(high: 3, value: 5, low: 1),
    is_digit(7),
    is_digit(12),
    greet(name: "Joe", greeting: "Hello"),
  )
}
