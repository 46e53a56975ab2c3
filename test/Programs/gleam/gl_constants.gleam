// Protects Gleam module constants of several types, including lists and tuples.

const answer = 42

const name = "beamr"

const pi = 3.14159

const primes = [2, 3, 5, 7, 11]

const pair = #("k", 1)

pub fn start() {
  #(answer, name, pi, primes, pair, answer * 2)
}
