// Protects a small expression evaluator in Gleam: recursive custom types and nested matching.

pub type Expr {
  Num(Int)
  Add(Expr, Expr)
  Mul(Expr, Expr)
  Neg(Expr)
  Var(String)
  Let(String, Expr, Expr)
}

fn lookup(env: List(#(String, Int)), name: String) -> Int {
  case env {
    [] -> 0
    [#(k, v), ..] if k == name -> v
    [_, ..rest] -> lookup(rest, name)
  }
}

fn eval(e: Expr, env: List(#(String, Int))) -> Int {
  case e {
    Num(n) -> n
    Add(a, b) -> eval(a, env) + eval(b, env)
    Mul(a, b) -> eval(a, env) * eval(b, env)
    Neg(a) -> 0 - eval(a, env)
    Var(name) -> lookup(env, name)
    Let(name, v, body) -> eval(body, [#(name, eval(v, env)), ..env])
  }
}

fn simplify(e: Expr) -> Expr {
  case e {
    Add(Num(0), x) | Add(x, Num(0)) -> simplify(x)
    Mul(Num(1), x) | Mul(x, Num(1)) -> simplify(x)
    Mul(Num(0), _) | Mul(_, Num(0)) -> Num(0)
    Add(a, b) -> Add(simplify(a), simplify(b))
    Mul(a, b) -> Mul(simplify(a), simplify(b))
    Neg(Neg(x)) -> simplify(x)
    other -> other
  }
}

pub fn start() {
  let e = Let("x", Num(5), Add(Mul(Var("x"), Num(2)), Neg(Num(3))))
  let s = Add(Num(0), Mul(Num(1), Neg(Neg(Var("y")))))
  #(eval(e, []), simplify(s), eval(simplify(s), [#("y", 9)]))
}
