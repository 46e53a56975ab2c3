//===- beamr/Loader/CompactTerm.h - The compact term encoding ---*- C++ -*-===//
///
/// \file
/// Operands in the `Code` chunk (and line items in `Line`, atom lengths in
/// OTP 28's `AtU8`) use BEAM's compact term encoding. The low three bits of
/// the first byte are the tag. Bit 3 clear: the value is the high nibble
/// (0..15). Bit 3 set, bit 4 clear: the value is the top three bits and the
/// next byte (0..2047). Both set: the top three bits give a byte count
/// N + 2 (N < 7), or, when they are all ones, the count is 9 plus a nested
/// compact unsigned value; that many big-endian bytes follow. Integers
/// (`i` tag) are two's complement; every other tag is non-negative.
///
/// Tag 7 is the extended tag: its value selects one of the extended forms
/// (list, float register, allocation list, literal, typed register); their
/// payloads follow as further compact terms and are read by the code reader.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LOADER_COMPACTTERM_H
#define BEAMR_LOADER_COMPACTTERM_H

#include "beamr/Support/ByteReader.h"

#include "llvm/Support/Error.h"

#include <cstdint>
#include <span>

namespace beamr {

enum class CompactTag : std::uint8_t {
  Unsigned = 0, ///< `u`: a literal number.
  Integer = 1,  ///< `i`
  Atom = 2,     ///< `a`: 1-based atom index, 0 for nil.
  XReg = 3,     ///< `x`
  YReg = 4,     ///< `y`
  Label = 5,    ///< `f`
  Char = 6,     ///< `h`
  Extended = 7, ///< `z`: see `ExtendedTag`.
};

/// The values of an extended (`z`) tag.
enum class ExtendedTag : std::uint8_t {
  Float = 0, ///< Obsolete since R16B; rejected.
  List = 1,
  FloatReg = 2,
  AllocList = 3,
  Literal = 4,
  TypedReg = 5,
};

/// One compact value: a tag and either a word or, for integers and values
/// that do not fit 64 bits, the raw big-endian bytes.
struct CompactValue {
  CompactTag Tag = CompactTag::Unsigned;
  /// The value when `Big` is empty. For `Integer` this is the sign-extended
  /// value reinterpreted as unsigned.
  std::uint64_t Word = 0;
  /// Non-empty when the value needs more than 64 bits (two's complement for
  /// integers, magnitude otherwise).
  std::span<const unsigned char> Big;

  bool isBig() const { return !Big.empty(); }
  std::int64_t signedWord() const { return static_cast<std::int64_t>(Word); }
};

/// Reads one compact value from `R`. Fails with `BadCompactTerm` when the
/// input ends early or a nested length is malformed.
llvm::Expected<CompactValue> readCompactValue(ByteReader &R);

/// Reads a compact value that must be a `u`-tagged word (used for lengths
/// and extended-form payloads). `What` names the value in the error.
llvm::Expected<std::uint64_t> readCompactUnsigned(ByteReader &R, const char *What);

} // namespace beamr

#endif // BEAMR_LOADER_COMPACTTERM_H
