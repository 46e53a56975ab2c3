//===- tools/beamr-jit/beamr-jit.cpp - Run Erlang and Gleam programs ------===//
///
/// \file
/// The runner: erl's command line (`-noshell`, `-pa DIR`, `-eval EXPR`...),
/// implemented by the interpreter library (beamr/Interp/Runner.h).
//===----------------------------------------------------------------------===//
#include "beamr/Interp/Runner.h"

int main(int Argc, char **Argv) { return beamr::runBeamrJit(Argc, Argv); }
