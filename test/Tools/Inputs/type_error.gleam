pub fn main() -> Int {
  "not an int"
}
