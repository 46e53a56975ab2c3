//===- beamr/Loader/BeamReader.h - Reading .beam files ----------*- C++ -*-===//
///
/// \file
/// Turns the bytes of a `.beam` file into a checked `BeamModule`. The reader
/// never trusts the file: every count is checked against the bytes that are
/// left, every index against the table it names, every label reference
/// against the labels the code defines. A file that fails any check is
/// rejected with a `LoadError` naming what is wrong; no input makes the
/// reader crash, hang or read out of bounds.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LOADER_BEAMREADER_H
#define BEAMR_LOADER_BEAMREADER_H

#include "beamr/Loader/BeamModule.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <memory>

namespace beamr {

/// Largest number of X, Y or float registers an operand may name (erl's).
constexpr std::uint64_t MaxRegisters = 1024;
/// Largest arity of a function (erl's).
constexpr unsigned MaxArity = 255;

/// Decodes a whole `.beam` image. Atoms are interned in the process's
/// `AtomTable` (and stay there if the file is then rejected, as in erl).
llvm::Expected<std::unique_ptr<BeamModule>> readBeamModule(llvm::ArrayRef<unsigned char> Bytes);

/// Reads and decodes the file at `Path`; an unreadable file is an error
/// whose message is the system's.
llvm::Expected<std::unique_ptr<BeamModule>> readBeamFile(llvm::StringRef Path);

} // namespace beamr

#endif // BEAMR_LOADER_BEAMREADER_H
