//===- lib/Loader/TableChunks.cpp - Literal, line and type tables ---------===//
///
/// \file
/// The chunks whose entries are more than fixed-size records: `LitT` (zlib
/// compressed up to OTP 27, plain from OTP 28), `Line` (compact-encoded
/// items, then file names) and `Type` (versions 1 to 4 of the external type
/// format, normalised to one layout).
//===----------------------------------------------------------------------===//

#include "ChunkReader.h"

#include "beamr/Loader/CompactTerm.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/ExternalTerm.h"

#include <zlib.h>

using namespace beamr;

namespace {

/// Largest uncompressed literal table accepted (erl's limit is 1 GB too).
constexpr std::uint32_t MaxLiteralTableBytes = 1u << 30;

llvm::Error readLiterals(BeamModule &M, ChunkReader &C) {
  std::uint32_t Count = 0;
  // Each literal has a 4-byte size and at least the version byte and a tag.
  if (auto E = C.readCount(Count, 6, "literal count"))
    return E;
  M.Literals.reserve(Count);
  for (std::uint32_t I = 0; I < Count; ++I) {
    std::uint32_t Size = 0;
    if (auto E = C.readU32(Size, "literal size"))
      return E;
    std::span<const unsigned char> Ext;
    if (!C.bytes().readBytes(Size, Ext))
      return C.fail(LoadErrorKind::BadLiteralTable, "literal " + llvm::Twine(I) + " of " +
                                                        llvm::Twine(Size) +
                                                        " bytes overruns the table");
    auto T = decodeExternal(M.arena(), Ext);
    if (!T)
      return C.fail(LoadErrorKind::BadLiteralTable,
                    "literal " + llvm::Twine(I) + " is not a valid external term");
    M.Literals.push_back(*T);
  }
  return llvm::Error::success();
}

} // namespace

llvm::Error beamr::readLiteralChunk(BeamModule &M, Bytes Data) {
  ChunkReader Header("LitT", Data);
  std::uint32_t Uncompressed = 0;
  if (auto E = Header.readU32(Uncompressed, "uncompressed size"))
    return E;
  Bytes Rest = Data.drop_front(4);
  if (Uncompressed == 0) {
    // OTP 28 and later: the table is stored as is.
    ChunkReader C("LitT", Rest);
    return readLiterals(M, C);
  }
  // zlib cannot expand by more than about 1032:1; a larger claim is a lie.
  if (Uncompressed > MaxLiteralTableBytes || Uncompressed / 1032 > Rest.size() + 1)
    return Header.fail(LoadErrorKind::BadLiteralTable,
                       "uncompressed size " + llvm::Twine(Uncompressed) + " is impossible for " +
                           llvm::Twine(Rest.size()) + " bytes");
  std::vector<unsigned char> Plain(Uncompressed);
  uLongf PlainSize = Uncompressed;
  if (uncompress(Plain.data(), &PlainSize, Rest.data(), Rest.size()) != Z_OK ||
      PlainSize != Uncompressed)
    return Header.fail(LoadErrorKind::BadLiteralTable,
                       "zlib data does not decompress to " + llvm::Twine(Uncompressed) + " bytes");
  ChunkReader C("LitT", Plain);
  return readLiterals(M, C);
}

namespace {

llvm::Error readLineItems(LineTable &L, ChunkReader &C, std::uint32_t ItemCount,
                          std::uint32_t NameCount) {
  L.Items.reserve(ItemCount + 1);
  L.Items.push_back({0, 0});
  std::uint32_t File = 0;
  while (L.Items.size() <= ItemCount) {
    auto V = readCompactValue(C.bytes());
    if (!V)
      return C.fail(LoadErrorKind::BadLineTable, llvm::toString(V.takeError()));
    if (V->Tag == CompactTag::Atom && !V->isBig() && V->Word <= NameCount) {
      File = std::uint32_t(V->Word);
      continue;
    }
    if (V->Tag != CompactTag::Integer || V->isBig() || V->Word > 0xFFFFFFFFu)
      return C.fail(LoadErrorKind::BadLineTable, "item " + llvm::Twine(L.Items.size()) +
                                                     " is neither a file index in 0.." +
                                                     llvm::Twine(NameCount) + " nor a line number");
    L.Items.push_back({File, std::uint32_t(V->Word)});
  }
  return llvm::Error::success();
}

llvm::Error readFileNames(BeamModule &M, LineTable &L, ChunkReader &C, std::uint32_t Count) {
  L.FileNames.reserve(Count + 1);
  L.FileNames.push_back(std::string(AtomTable::get().name(M.name())) + ".erl");
  for (std::uint32_t I = 0; I < Count; ++I) {
    std::uint16_t Length = 0;
    if (auto E = C.readU16(Length, "file name length"))
      return E;
    std::string_view Name;
    if (!C.bytes().readString(Length, Name))
      return C.truncated("file name");
    if (!countUtf8Characters(Name))
      return C.fail(LoadErrorKind::BadLineTable,
                    "file name " + llvm::Twine(I + 1) + " is not valid UTF-8");
    L.FileNames.emplace_back(Name);
  }
  return llvm::Error::success();
}

} // namespace

llvm::Error beamr::readLineChunk(BeamModule &M, Bytes Data) {
  ChunkReader C("Line", Data);
  LineTable &L = M.Lines;
  if (auto E = C.readU32(L.Version, "version"))
    return E;
  // erl ignores line tables of other versions; so do we.
  if (L.Version != 0)
    return llvm::Error::success();
  std::uint32_t ItemCount = 0, NameCount = 0;
  if (auto E = C.readU32(L.Flags, "flags"))
    return E;
  if (auto E = C.readU32(L.InstructionCount, "instruction count"))
    return E;
  // Items take at least a byte each, names at least their 2-byte length.
  if (auto E = C.readCount(ItemCount, 1, "item count"))
    return E;
  if (auto E = C.readCount(NameCount, 2, "file name count"))
    return E;
  if (auto E = readLineItems(L, C, ItemCount, NameCount))
    return E;
  if (auto E = readFileNames(M, L, C, NameCount))
    return E;
  M.HasLines = true;
  return llvm::Error::success();
}

namespace {

/// Where a type-table version keeps its fields.
struct TypeLayout {
  unsigned TypeBitCount;  ///< Number of primary type bits.
  bool HasMatchState;     ///< Bit 2 is the old match-state type.
  unsigned LowerBoundBit; ///< Then upper bound, then unit.
};

std::optional<TypeLayout> layoutOf(std::uint32_t Version) {
  switch (Version) {
  case 2:
    return TypeLayout{13, true, 13};
  case 3:
    return TypeLayout{12, false, 12};
  case 4:
    return TypeLayout{13, false, 13};
  }
  return std::nullopt;
}

/// Maps a version's type bits onto `TypeBits`.
std::uint16_t normaliseUnion(std::uint16_t Raw, const TypeLayout &L) {
  std::uint16_t Bits = Raw & ((1u << L.TypeBitCount) - 1);
  if (!L.HasMatchState)
    return Bits;
  // Fold the match state into bitstring and close the gap it leaves.
  std::uint16_t MatchState = (Bits >> 2) & 1;
  return std::uint16_t((Bits & 3) | ((Bits >> 1) & ~3u) | (MatchState << 1));
}

llvm::Error readFixedType(ChunkReader &C, TypeEntry &T) {
  // Version 1 (OTP 25): type bits, then a range that is valid when Min <= Max.
  std::uint16_t Raw = 0;
  std::uint64_t Min = 0, Max = 0;
  if (auto E = C.readU16(Raw, "type"))
    return E;
  if (!C.bytes().readU64(Min) || !C.bytes().readU64(Max))
    return C.truncated("type range");
  T.Union = normaliseUnion(Raw, TypeLayout{13, true, 13});
  if (std::int64_t(Min) <= std::int64_t(Max)) {
    T.Min = std::int64_t(Min);
    T.Max = std::int64_t(Max);
  }
  return llvm::Error::success();
}

llvm::Error readFlaggedType(ChunkReader &C, const TypeLayout &L, TypeEntry &T) {
  std::uint16_t Raw = 0;
  if (auto E = C.readU16(Raw, "type"))
    return E;
  T.Union = normaliseUnion(Raw, L);
  std::uint64_t Bound = 0;
  if (Raw & (1u << L.LowerBoundBit)) {
    if (!C.bytes().readU64(Bound))
      return C.truncated("lower bound");
    T.Min = std::int64_t(Bound);
  }
  if (Raw & (1u << (L.LowerBoundBit + 1))) {
    if (!C.bytes().readU64(Bound))
      return C.truncated("upper bound");
    T.Max = std::int64_t(Bound);
  }
  std::uint8_t Unit = 0;
  if (Raw & (1u << (L.LowerBoundBit + 2))) {
    if (!C.bytes().readU8(Unit))
      return C.truncated("unit");
    T.Unit = unsigned(Unit) + 1;
  }
  return llvm::Error::success();
}

} // namespace

llvm::Error beamr::readTypeChunk(BeamModule &M, Bytes Data) {
  ChunkReader C("Type", Data);
  std::uint32_t Version = 0, Count = 0;
  if (auto E = C.readU32(Version, "version"))
    return E;
  std::optional<TypeLayout> Layout = layoutOf(Version);
  // Like erl, a table of an unknown version is ignored, not an error.
  if (Version != 1 && !Layout)
    return llvm::Error::success();
  if (auto E = C.readCount(Count, Version == 1 ? 18 : 2, "type count"))
    return E;
  if (Count == 0)
    return C.fail(LoadErrorKind::BadTypeTable, "no entries");
  std::vector<TypeEntry> Entries(Count);
  for (std::uint32_t I = 0; I < Count; ++I) {
    TypeEntry &T = Entries[I];
    if (auto E = Layout ? readFlaggedType(C, *Layout, T) : readFixedType(C, T))
      return E;
    if (T.Union == 0)
      return C.fail(LoadErrorKind::BadTypeTable, "entry " + llvm::Twine(I) + " is empty");
  }
  M.Types.Version = Version;
  M.Types.Entries = std::move(Entries);
  return llvm::Error::success();
}
