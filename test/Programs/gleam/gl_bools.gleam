// Protects Gleam booleans: &&, ||, negation, equality on compound values and short-circuiting.

fn boom() -> Bool {
  panic as "should not be evaluated"
}

pub fn start() {
  let t = True
  let f = False
  #(
    t && f,
    t || f,
    !t,
    f && boom(),
    t || boom(),
    [1, 2] == [1, 2],
    #(1, "a") != #(1, "b"),
    "abc" == "abc",
  )
}
