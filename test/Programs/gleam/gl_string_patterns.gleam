// Protects Gleam string prefix patterns ("prefix" <> rest) and string equality in case.

fn route(path: String) -> String {
  case path {
    "/" -> "home"
    "/users/" <> id -> "user " <> id
    "/static/" <> file -> "file " <> file
    "/api" <> _ -> "api"
    _ -> "not found"
  }
}

pub fn start() {
  ["/", "/users/42", "/static/app.js", "/api/v1", "/apiary", "/missing", "/users/"]
  |> map(route)
}

fn map(l: List(a), f: fn(a) -> b) -> List(b) {
  case l {
    [] -> []
    [h, ..t] -> [f(h), ..map(t, f)]
  }
}
