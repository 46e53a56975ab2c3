//===- test/Loader/BeamBuilder.h - Hand-made .beam images -------*- C++ -*-===//
///
/// \file
/// Builds `.beam` images byte by byte so loader tests can start from a small
/// valid module and break exactly one thing: a count, an index, a size.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TEST_LOADER_BEAMBUILDER_H
#define BEAMR_TEST_LOADER_BEAMBUILDER_H

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "beamr/Loader/BeamReader.h"
#include "beamr/Loader/LoadError.h"
#include <gtest/gtest.h>

namespace beamr::test {

using ByteVector = std::vector<unsigned char>;

inline void putU32(ByteVector &B, std::uint32_t V) {
  for (int Shift = 24; Shift >= 0; Shift -= 8)
    B.push_back((V >> Shift) & 0xFF);
}
inline void putU16(ByteVector &B, std::uint16_t V) {
  B.push_back(V >> 8);
  B.push_back(V & 0xFF);
}

/// Appends one compact term with tag `Tag` (0..7) and non-negative `V`.
inline void putCompact(ByteVector &B, unsigned Tag, std::uint64_t V) {
  if (V < 16) {
    B.push_back((V << 4) | Tag);
    return;
  }
  if (V < 0x800) {
    B.push_back(((V >> 3) & 0xE0) | Tag | 0x08);
    B.push_back(V & 0xFF);
    return;
  }
  ByteVector Bytes;
  for (std::uint64_t W = V; W; W >>= 8)
    Bytes.insert(Bytes.begin(), W & 0xFF);
  if (Bytes[0] & 0x80)
    Bytes.insert(Bytes.begin(), 0);
  B.push_back(((Bytes.size() - 2) << 5) | 0x18 | Tag);
  B.insert(B.end(), Bytes.begin(), Bytes.end());
}

enum Tag : unsigned { U = 0, I = 1, A = 2, X = 3, Y = 4, F = 5, H = 6, Z = 7 };

/// A module `m` with one exported function `f/0` (labels 1 and 2) that
/// returns; tests replace chunks or code to break it.
struct BeamBuilder {
  std::vector<std::string> Atoms = {"m", "f"};
  ByteVector Code;
  std::uint32_t MaxOpcode = 184, LabelCount = 3, FunctionCount = 1;
  std::map<std::string, ByteVector> Chunks;
  std::vector<std::string> Order = {"AtU8", "Code", "ImpT", "ExpT"};

  BeamBuilder() {
    Code = {0x01, 0x10,             // label 1
            0x02, 0x12, 0x22, 0x00, // func_info m f 0
            0x01, 0x20,             // label 2
            0x13,                   // return
            0x03};                  // int_code_end
    ByteVector Imp;
    putU32(Imp, 0);
    Chunks["ImpT"] = Imp;
    ByteVector Exp;
    putU32(Exp, 1);
    putU32(Exp, 2);
    putU32(Exp, 0);
    putU32(Exp, 2);
    Chunks["ExpT"] = Exp;
  }

  ByteVector atomChunk() const {
    ByteVector B;
    putU32(B, Atoms.size());
    for (const std::string &S : Atoms) {
      B.push_back(S.size());
      B.insert(B.end(), S.begin(), S.end());
    }
    return B;
  }
  ByteVector codeChunk() const {
    ByteVector B;
    putU32(B, 16);
    putU32(B, 0);
    putU32(B, MaxOpcode);
    putU32(B, LabelCount);
    putU32(B, FunctionCount);
    B.insert(B.end(), Code.begin(), Code.end());
    return B;
  }
  void add(const std::string &Id, ByteVector Data) {
    if (!Chunks.count(Id) && Id != "AtU8" && Id != "Code")
      Order.push_back(Id);
    Chunks[Id] = std::move(Data);
  }

  void remove(const std::string &Id) {
    Chunks.erase(Id);
    std::erase(Order, Id);
  }

  ByteVector build() const {
    ByteVector Body;
    for (const std::string &Id : Order) {
      ByteVector Data = Id == "AtU8" && !Chunks.count(Id)   ? atomChunk()
                        : Id == "Code" && !Chunks.count(Id) ? codeChunk()
                                                            : Chunks.at(Id);
      Body.insert(Body.end(), Id.begin(), Id.end());
      putU32(Body, Data.size());
      Body.insert(Body.end(), Data.begin(), Data.end());
      while (Body.size() % 4)
        Body.push_back(0);
    }
    ByteVector File = {'F', 'O', 'R', '1'};
    putU32(File, Body.size() + 4);
    File.insert(File.end(), {'B', 'E', 'A', 'M'});
    File.insert(File.end(), Body.begin(), Body.end());
    return File;
  }
};

/// The kind of error loading `Bytes` fails with, or nothing if it loads.
inline std::optional<LoadErrorKind> loadErrorOf(const ByteVector &Bytes) {
  auto M = readBeamModule(Bytes);
  if (M)
    return std::nullopt;
  return takeLoadErrorKind(M.takeError());
}

/// Loads `Bytes`, failing the test with the loader's message if it cannot.
inline std::unique_ptr<BeamModule> loadOrFail(const ByteVector &Bytes) {
  auto M = readBeamModule(Bytes);
  if (!M) {
    ADD_FAILURE() << llvm::toString(M.takeError());
    return nullptr;
  }
  return std::move(*M);
}

} // namespace beamr::test

#define EXPECT_LOAD_ERROR(Bytes, Kind)                                                             \
  EXPECT_EQ(::beamr::test::loadErrorOf(Bytes),                                                     \
            std::optional<::beamr::LoadErrorKind>(::beamr::LoadErrorKind::Kind))

#endif // BEAMR_TEST_LOADER_BEAMBUILDER_H
