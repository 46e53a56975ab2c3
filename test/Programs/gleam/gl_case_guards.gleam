// Protects case guards in Gleam: comparisons, boolean operators, float guards and bound variables.

fn classify(n: Int, limit: Int) -> String {
  let double_limit = limit * 2
  case n {
    x if x < 0 -> "negative"
    0 -> "zero"
    x if x == limit -> "at limit"
    x if x > limit && x < double_limit -> "above"
    x if x == 24 || x > 1000 -> "even or huge"
    _ -> "odd"
  }
}

fn temperature(c: Float) -> String {
  case c {
    t if t <. 0.0 -> "freezing"
    t if t >=. 30.0 -> "hot"
    _ -> "mild"
  }
}

pub fn start() {
  #(
    [-3, 0, 10, 15, 24, 2001, 7] |> map_classify(10),
    [temperature(-1.5), temperature(30.0), temperature(12.25)],
  )
}

fn map_classify(l: List(Int), limit: Int) -> List(String) {
  case l {
    [] -> []
    [h, ..t] -> [classify(h, limit), ..map_classify(t, limit)]
  }
}
