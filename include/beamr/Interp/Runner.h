//===- beamr/Interp/Runner.h - beamr-jit's command line ---------*- C++ -*-===//
///
/// \file
/// Everything `beamr-jit` does, behind a thin `main`: reads erl's flags
/// (`-noshell`, `-pa`/`-pz DIR`, `-eval EXPR`...), boots the runtime and
/// runs the expressions in a first process through `init:boot/1` (our boot
/// module, compiled at build time), then schedules until nothing is left.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_RUNNER_H
#define BEAMR_INTERP_RUNNER_H

namespace beamr {

/// Runs beamr-jit; returns the exit status (after `halt/1`, the process
/// exits directly with its status).
int runBeamrJit(int Argc, char **Argv);

} // namespace beamr

#endif // BEAMR_INTERP_RUNNER_H
