//===- beamr/Term/ExternalTerm.h - The external term format -----*- C++ -*-===//
///
/// \file
/// `term_to_binary` and `binary_to_term`: erl 25's external term format,
/// byte for byte. Decoding checks the whole input before building anything,
/// uses no recursion on the C stack, and rejects malformed input (erl's
/// `badarg`) without crashing.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_EXTERNALTERM_H
#define BEAMR_TERM_EXTERNALTERM_H

#include "beamr/Term/Heap.h"

#include <optional>
#include <span>
#include <vector>

namespace beamr {

struct EncodeOptions {
  /// `compressed` / `{compressed, Level}`: zlib level 0..9, or -1 for none.
  /// As in erl, level 0 writes no compression, and `compressed` is level 6.
  int CompressionLevel = -1;
  /// `{minor_version, N}`: 0 writes floats as text, 1 and 2 as IEEE bits
  /// (2 also writes atoms in UTF-8 form only, as erl's does).
  unsigned MinorVersion = 1;
};

/// The bytes of `term_to_binary(T, Options)`, starting with the version byte 131.
std::vector<unsigned char> encodeExternal(Term T, const EncodeOptions &Options = {});

/// `binary_to_term(Bytes)`: the term, built with `A`, or nothing when `Bytes`
/// does not start with one well-formed external term (erl raises `badarg`).
/// Bytes after the term are ignored, as erl 25 ignores them.
std::optional<Term> decodeExternal(TermAllocator &A, std::span<const unsigned char> Bytes);

/// Like `decodeExternal`, but also accepts trailing bytes and reports how many
/// bytes the term used (as `binary_to_term(B, [used])`). With `Safe`
/// (`binary_to_term(B, [safe])`) it also fails, rather than create an atom
/// that does not exist yet, as erl does.
std::optional<Term> decodeExternalPrefix(TermAllocator &A, std::span<const unsigned char> Bytes,
                                         std::size_t &Used, bool Safe = false);

} // namespace beamr

#endif // BEAMR_TERM_EXTERNALTERM_H
