// Protects Gleam record update syntax and labelled field access.

pub type Person {
  Person(name: String, age: Int, email: String)
}

fn birthday(p: Person) -> Person {
  Person(..p, age: p.age + 1)
}

pub fn start() {
  let p = Person(name: "Ada", age: 36, email: "ada@example.com")
  let q = birthday(birthday(p))
  let r = Person(..q, name: "Grace", email: "")
  #(p, q, r, r.name, q.age)
}
