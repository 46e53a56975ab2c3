import cli

pub fn main() {
  cli.print("greetings from cli/greet")
}
