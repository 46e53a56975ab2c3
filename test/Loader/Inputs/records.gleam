// A Gleam module with a custom type, a string literal, a list literal and
// a bit array, to exercise the loader on gleam-generated Erlang.

pub type Pet {
  Dog(name: String, age: Int)
  Cat(name: String)
}

pub fn describe(pet: Pet) -> String {
  case pet {
    Dog(name, age) if age > 10 -> name
    Dog(_, _) -> "young dog"
    Cat(name) -> name
  }
}

pub fn pets() -> List(Pet) {
  [Dog("Rex", 12), Cat("Tom")]
}

pub fn header() -> BitString {
  <<1, 2, 3:8>>
}
