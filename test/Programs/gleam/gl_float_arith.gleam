// Protects Gleam float arithmetic: float operators, division by zero yielding 0.0, comparisons.

pub fn start() {
  let zero = 0.0
  #(
    1.5 +. 2.25,
    10.0 -. 0.1,
    3.0 *. 1.5,
    1.0 /. 3.0,
    5.0 /. zero,
    1.0e10 *. 1.0e10,
    2.5 >. 2.4,
    2.5 <=. 2.5,
    -0.5,
  )
}
