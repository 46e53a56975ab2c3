//===- lib/Term/ExternalTermFormat.h - Tags and limits of the ETF -*- C++ -*-===//
///
/// \file
/// The tag bytes of erl's external term format and the limits erl's decoder
/// enforces, shared by the encoder and the decoder. Private to lib/Term.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LIB_TERM_EXTERNALTERMFORMAT_H
#define BEAMR_LIB_TERM_EXTERNALTERMFORMAT_H

#include "beamr/Term/Atom.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace beamr::etf {

/// Tag bytes of the external format (erl's `external.h`).
enum Tag : std::uint8_t {
  VersionMagic = 131,
  CompressedTag = 80,
  NewFloatExt = 70,
  BitBinaryExt = 77,
  AtomCacheRef = 82,
  NewPidExt = 88,
  NewPortExt = 89,
  NewerReferenceExt = 90,
  SmallIntegerExt = 97,
  IntegerExt = 98,
  FloatExt = 99,
  AtomExt = 100,
  ReferenceExt = 101,
  PortExt = 102,
  PidExt = 103,
  SmallTupleExt = 104,
  LargeTupleExt = 105,
  NilExt = 106,
  StringExt = 107,
  ListExt = 108,
  BinaryExt = 109,
  SmallBigExt = 110,
  LargeBigExt = 111,
  NewFunExt = 112,
  ExportExt = 113,
  NewReferenceExt = 114,
  SmallAtomExt = 115,
  MapExt = 116,
  FunExt = 117,
  AtomUtf8Ext = 118,
  SmallAtomUtf8Ext = 119,
  V4PortExt = 120,
};

// erl's limits, as its decoder enforces them.
inline constexpr std::size_t MaxAtomBytesUtf8 = 4 * AtomTable::MaxCharacters;
inline constexpr std::size_t MaxBigBytes = ((std::size_t(1) << 19) - 1) * 8;
inline constexpr std::size_t MaxStringLength = 0xFFFF;
inline constexpr unsigned MaxRefIds = 5;
inline constexpr unsigned LocalRefIds = 3;
inline constexpr std::uint32_t MaxRefFirstId = 1u << 18;
inline constexpr std::uint32_t MaxTinyCreation = 3;
inline constexpr std::uint64_t MaxV3PortNumber = (1u << 28) - 1;
inline constexpr std::size_t FloatTextBytes = 31;
inline constexpr std::string_view LocalNode = "nonode@nohost";
inline constexpr std::uint32_t LocalCreation = 0;

} // namespace beamr::etf

#endif // BEAMR_LIB_TERM_EXTERNALTERMFORMAT_H
