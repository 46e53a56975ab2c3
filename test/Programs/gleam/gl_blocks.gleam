// Protects Gleam block expressions, shadowing and expression-oriented let bindings.

pub fn start() {
  let x = 1
  let x = x + 1
  let y = {
    let a = x * 10
    let b = a + 5
    b * 2
  }
  let z = {
    let x = 100
    x
  }
  #(x, y, z, { 1 + 2 } * 3)
}
