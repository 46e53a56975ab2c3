//===- beamr/Interp/Runner.h - beamr-jit's command line ---------*- C++ -*-===//
///
/// \file
/// Everything `beamr-jit` does, behind a thin `main`: takes the emulator's
/// flags (`+S`, `+P`, `--seed`) and the code path (`-pa`/`-pz`), boots the
/// runtime and hands erl's init arguments (`-noshell`, `-eval EXPR`, `-s`,
/// `-run`, `-extra`...) to `init:boot/1` (our boot module, compiled at
/// build time) in a first process, then schedules until nothing is left.
/// `beamr-jit run`/`test` make the arguments `gleam run`/`gleam test` give.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_RUNNER_H
#define BEAMR_INTERP_RUNNER_H

namespace beamr {

/// Runs beamr-jit; returns the exit status (after `halt/1`, the process
/// exits directly with its status).
int runBeamrJit(int Argc, char **Argv);

} // namespace beamr

#endif // BEAMR_INTERP_RUNNER_H
