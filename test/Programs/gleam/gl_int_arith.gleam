// Protects Gleam integer arithmetic: division and remainder by zero yield 0, big integers.

pub fn start() {
  let zero = 0
  #(
    7 / 2,
    -7 / 2,
    7 % 3,
    -7 % 3,
    7 / zero,
    7 % zero,
    1_000_000_000_000 * 1_000_000_000_000,
    0xFF + 0o17 + 0b101,
    -{ 5 - 8 },
  )
}
