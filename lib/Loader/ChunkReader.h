//===- lib/Loader/ChunkReader.h - Reading one chunk's fields ----*- C++ -*-===//
///
/// \file
/// Private to the loader. `ChunkReader` wraps a `ByteReader` over one chunk's
/// bytes and turns short reads and impossible counts into load errors that
/// name the chunk, so each chunk parser reads like the format it parses.
/// Also declares the per-chunk parsers shared by the loader's files.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LIB_LOADER_CHUNKREADER_H
#define BEAMR_LIB_LOADER_CHUNKREADER_H

#include "beamr/Loader/BeamModule.h"
#include "beamr/Loader/LoadError.h"
#include "beamr/Support/ByteReader.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace beamr {

class ChunkReader {
public:
  ChunkReader(llvm::StringRef Name, llvm::ArrayRef<unsigned char> Data)
      : Name(Name), R(std::span<const unsigned char>(Data.data(), Data.size())) {}

  llvm::StringRef name() const { return Name; }
  ByteReader &bytes() { return R; }

  /// An error of `Kind` whose detail starts with the chunk name.
  llvm::Error fail(LoadErrorKind Kind, const llvm::Twine &Detail) const {
    return makeLoadError(Kind, "'" + Name + "' chunk: " + Detail);
  }
  llvm::Error truncated(const char *What) const {
    return fail(LoadErrorKind::TruncatedChunk, llvm::Twine("ends before ") + What);
  }

  llvm::Error readU32(std::uint32_t &V, const char *What) {
    return R.readU32(V) ? llvm::Error::success() : truncated(What);
  }
  llvm::Error readU16(std::uint16_t &V, const char *What) {
    return R.readU16(V) ? llvm::Error::success() : truncated(What);
  }
  /// Reads a 32-bit count and checks that `Count` entries of at least
  /// `MinBytesEach` bytes can fit in what is left of the chunk.
  llvm::Error readCount(std::uint32_t &Count, std::size_t MinBytesEach, const char *What) {
    if (auto E = readU32(Count, What))
      return E;
    if (Count > 0x7FFFFFFFu || std::uint64_t(Count) * MinBytesEach > R.remaining())
      return fail(LoadErrorKind::BadCount, llvm::Twine(What) + " " + llvm::Twine(Count) +
                                               " does not fit in the " +
                                               llvm::Twine(R.remaining()) + " bytes left");
    return llvm::Error::success();
  }
  /// Reads a 1-based atom index and returns the atom.
  llvm::Error readAtom(const BeamModule &M, Term &Atom, const char *What) {
    std::uint32_t Index = 0;
    if (auto E = readU32(Index, What))
      return E;
    if (Index == 0 || Index > M.Atoms.size())
      return fail(LoadErrorKind::AtomIndexOutOfRange, llvm::Twine(What) + " " + llvm::Twine(Index) +
                                                          " is not in 1.." +
                                                          llvm::Twine(M.Atoms.size()));
    Atom = M.atom(Index);
    return llvm::Error::success();
  }
  llvm::Error readArity(unsigned &Arity, const char *What) {
    std::uint32_t A = 0;
    if (auto E = readU32(A, What))
      return E;
    if (A > 255)
      return fail(LoadErrorKind::BadArity,
                  llvm::Twine(What) + " " + llvm::Twine(A) + " is larger than 255");
    Arity = A;
    return llvm::Error::success();
  }

private:
  llvm::StringRef Name;
  ByteReader R;
};

using Bytes = llvm::ArrayRef<unsigned char>;

// Chunk parsers, in the order the reader calls them. Each fills its part of
// `M` and relies only on the parts filled before it.
llvm::Error readAtomChunk(BeamModule &M, Bytes Data, bool Utf8);
llvm::Error readCodeHeader(BeamModule &M, Bytes Data, Bytes &Body);
llvm::Error readImportChunk(BeamModule &M, Bytes Data);
llvm::Error readFunctionTable(BeamModule &M, Bytes Data, llvm::StringRef Name,
                              std::vector<FunctionRef> &Out);
llvm::Error readLambdaChunk(BeamModule &M, Bytes Data);
llvm::Error readLiteralChunk(BeamModule &M, Bytes Data);
llvm::Error readLineChunk(BeamModule &M, Bytes Data);
llvm::Error readTypeChunk(BeamModule &M, Bytes Data);
llvm::Error readTermChunk(BeamModule &M, Bytes Data, llvm::StringRef Name,
                          std::optional<Term> &Out);
/// Decodes the instructions after the Code header, then checks every label,
/// import, lambda and line reference and identifies the functions.
llvm::Error readCode(BeamModule &M, Bytes Body);
/// The second pass over decoded code (CodeChecker.cpp).
llvm::Error checkCode(BeamModule &M);

} // namespace beamr

#endif // BEAMR_LIB_LOADER_CHUNKREADER_H
