//===- beamr/Loader/BeamPrinter.h - A BeamModule as text --------*- C++ -*-===//
///
/// \file
/// Prints a decoded module in the shape of `erlc -S` output: `{module, m}.`,
/// exports, attributes, the label count, then each function's instructions
/// with typed operands (`{x,0}`, `{atom,ok}`, `{literal,T}`, `{f,5}`, ...).
/// Operands that index module tables are shown resolved: imports as
/// `{extfunc,M,F,A}`, line items as `{location,File,Line}`. This is the
/// `-emit=beam` stage of `beamr-opt` and what loader tests check.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LOADER_BEAMPRINTER_H
#define BEAMR_LOADER_BEAMPRINTER_H

#include "beamr/Loader/BeamModule.h"

#include "llvm/Support/raw_ostream.h"

namespace beamr {

/// Writes the whole module.
void printBeamModule(llvm::raw_ostream &OS, const BeamModule &M);
/// Writes one instruction as `{name,Op1,...}` (no indentation, no dot).
void printInstruction(llvm::raw_ostream &OS, const BeamModule &M, const Instruction &I);

} // namespace beamr

#endif // BEAMR_LOADER_BEAMPRINTER_H
