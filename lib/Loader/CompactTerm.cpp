//===- lib/Loader/CompactTerm.cpp - The compact term encoding -------------===//
///
/// \file
/// Decoding of one compact term; see CompactTerm.h for the format.
//===----------------------------------------------------------------------===//

#include "beamr/Loader/CompactTerm.h"
#include "beamr/Loader/LoadError.h"

using namespace beamr;

namespace {

/// Longest encoded number accepted: far beyond any real integer literal, but
/// keeps a lying length from reaching absurd sizes.
constexpr std::uint64_t MaxNumberBytes = 1 << 20;

llvm::Error truncated() {
  return makeLoadError(LoadErrorKind::BadCompactTerm, "input ends inside an operand");
}

/// Fills `V` from `Count` big-endian bytes.
void decodeBytes(CompactValue &V, std::span<const unsigned char> Bytes) {
  if (V.Tag == CompactTag::Integer) {
    if (Bytes.size() > 8) {
      V.Big = Bytes;
      return;
    }
    std::uint64_t W = (Bytes[0] & 0x80) ? ~std::uint64_t(0) : 0;
    for (unsigned char B : Bytes)
      W = (W << 8) | B;
    V.Word = W;
    return;
  }
  // Non-negative: leading zero bytes (sign padding) do not count.
  while (Bytes.size() > 1 && Bytes[0] == 0)
    Bytes = Bytes.subspan(1);
  if (Bytes.size() > 8) {
    V.Big = Bytes;
    return;
  }
  std::uint64_t W = 0;
  for (unsigned char B : Bytes)
    W = (W << 8) | B;
  V.Word = W;
}

llvm::Expected<CompactValue> readValue(ByteReader &R, bool AllowLongLength);

/// Reads the length prefix of a long number. The prefix itself may not use
/// a long length: one level is plenty for any real file and it keeps lying
/// input from nesting prefixes as deep as the file is long.
llvm::Expected<std::uint64_t> readLengthPrefix(ByteReader &R) {
  auto V = readValue(R, /*AllowLongLength=*/false);
  if (!V)
    return V.takeError();
  if (V->Tag != CompactTag::Unsigned || V->isBig())
    return makeLoadError(LoadErrorKind::BadCompactTerm, "length prefix is not an unsigned number");
  return V->Word;
}

llvm::Expected<CompactValue> readValue(ByteReader &R, bool AllowLongLength) {
  std::uint8_t First = 0;
  if (!R.readU8(First))
    return truncated();
  CompactValue V;
  V.Tag = CompactTag(First & 7);
  if ((First & 0x08) == 0) {
    V.Word = First >> 4;
    return V;
  }
  if ((First & 0x10) == 0) {
    std::uint8_t Low = 0;
    if (!R.readU8(Low))
      return truncated();
    V.Word = (std::uint64_t(First >> 5) << 8) | Low;
    return V;
  }
  std::uint64_t Count = First >> 5;
  if (Count < 7) {
    Count += 2;
  } else {
    if (!AllowLongLength)
      return makeLoadError(LoadErrorKind::BadCompactTerm, "nested length prefix");
    auto Extra = readLengthPrefix(R);
    if (!Extra)
      return Extra.takeError();
    if (*Extra > MaxNumberBytes)
      return makeLoadError(LoadErrorKind::BadCompactTerm,
                           "number of " + llvm::Twine(*Extra) + " bytes is too long");
    Count = *Extra + 9;
  }
  std::span<const unsigned char> Bytes;
  if (!R.readBytes(Count, Bytes))
    return truncated();
  decodeBytes(V, Bytes);
  return V;
}

} // namespace

llvm::Expected<CompactValue> beamr::readCompactValue(ByteReader &R) {
  return readValue(R, /*AllowLongLength=*/true);
}

llvm::Expected<std::uint64_t> beamr::readCompactUnsigned(ByteReader &R, const char *What) {
  auto V = readCompactValue(R);
  if (!V)
    return V.takeError();
  if (V->Tag != CompactTag::Unsigned || V->isBig())
    return makeLoadError(LoadErrorKind::BadCompactTerm,
                         llvm::Twine(What) + " is not an unsigned number");
  return V->Word;
}
