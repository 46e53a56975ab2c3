import cli

pub fn main() {
  cli.print("cli_test: 3 checks passed")
}
