// Protects Gleam custom types: constructors with and without fields become atoms and tuples.

pub type Colour {
  Red
  Green
  Rgb(r: Int, g: Int, b: Int)
}

pub type Tree {
  Leaf
  Node(left: Tree, value: Int, right: Tree)
}

fn insert(tree: Tree, v: Int) -> Tree {
  case tree {
    Leaf -> Node(Leaf, v, Leaf)
    Node(l, x, r) if v < x -> Node(insert(l, v), x, r)
    Node(l, x, r) -> Node(l, x, insert(r, v))
  }
}

fn to_list(tree: Tree) -> List(Int) {
  case tree {
    Leaf -> []
    Node(l, x, r) -> append(to_list(l), [x, ..to_list(r)])
  }
}

fn append(a: List(Int), b: List(Int)) -> List(Int) {
  case a {
    [] -> b
    [h, ..t] -> [h, ..append(t, b)]
  }
}

pub fn start() {
  let t = insert(insert(insert(insert(Leaf, 5), 2), 8), 3)
  #([Red, Green, Rgb(1, 2, 3)], t, to_list(t))
}
