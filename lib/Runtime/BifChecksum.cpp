//===- lib/Runtime/BifChecksum.cpp - crc32, adler32 and md5 ---------------===//
///
/// \file
/// The checksum BIFs of module erlang over iodata: CRC-32 (the zlib
/// polynomial) and Adler-32, whole, incremental and combined, and MD5 with
/// its init/update/final context. The MD5 context is a binary holding the
/// four state words, the byte count and the pending partial block: erl's is
/// opaque too.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Process.h"
#include "beamr/Support/Md5.h"

#include <array>
#include <cmath>
#include <cstring>

using namespace beamr;

namespace {

/// The bytes of iodata (a binary or an iolist), or nothing.
std::optional<std::string> iodataBytes(Term Data) {
  std::string Bytes;
  if (Data.isBitstring() && !viewBitstring(Data).isBinary())
    return std::nullopt;
  if (!Data.isBitstring() && !Data.isList())
    return std::nullopt;
  if (!appendIolist(Bytes, Data))
    return std::nullopt;
  return Bytes;
}

/// A checksum argument: an integer 0..2^32-1.
std::optional<std::uint32_t> readChecksum(Term T) {
  if (!T.isSmall() || T.smallValue() < 0 || T.smallValue() > SWord(0xFFFFFFFF))
    return std::nullopt;
  return std::uint32_t(T.smallValue());
}

std::uint32_t crc32Update(std::uint32_t Crc, std::string_view Bytes) {
  static const std::array<std::uint32_t, 256> Table = [] {
    std::array<std::uint32_t, 256> T{};
    for (std::uint32_t I = 0; I < 256; ++I) {
      std::uint32_t C = I;
      for (int K = 0; K < 8; ++K)
        C = C & 1 ? 0xEDB88320u ^ (C >> 1) : C >> 1;
      T[I] = C;
    }
    return T;
  }();
  Crc = ~Crc;
  for (unsigned char B : Bytes)
    Crc = Table[(Crc ^ B) & 0xFF] ^ (Crc >> 8);
  return ~Crc;
}

/// GF(2) helpers for crc32_combine: multiply a 32x32 matrix by a vector.
std::uint32_t gf2Times(const std::uint32_t *Mat, std::uint32_t Vec) {
  std::uint32_t Sum = 0;
  for (int I = 0; Vec; ++I, Vec >>= 1)
    if (Vec & 1)
      Sum ^= Mat[I];
  return Sum;
}

void gf2Square(std::uint32_t *Out, const std::uint32_t *Mat) {
  for (int I = 0; I < 32; ++I)
    Out[I] = gf2Times(Mat, Mat[I]);
}

/// The CRC of A ++ B from the CRCs of A and B and B's length: applies
/// LenB zero bytes to CrcA through repeated squaring of the shift operator.
std::uint32_t crc32Combine(std::uint32_t CrcA, std::uint32_t CrcB, std::uint64_t LenB) {
  if (LenB == 0)
    return CrcA;
  std::uint32_t Even[32], Odd[32];
  Odd[0] = 0xEDB88320u; // One zero bit.
  for (int I = 1; I < 32; ++I)
    Odd[I] = 1u << (I - 1);
  gf2Square(Even, Odd); // Two zero bits.
  gf2Square(Odd, Even); // Four zero bits.
  do {
    gf2Square(Even, Odd);
    if (LenB & 1)
      CrcA = gf2Times(Even, CrcA);
    LenB >>= 1;
    if (!LenB)
      break;
    gf2Square(Odd, Even);
    if (LenB & 1)
      CrcA = gf2Times(Odd, CrcA);
    LenB >>= 1;
  } while (LenB);
  return CrcA ^ CrcB;
}

constexpr std::uint32_t AdlerBase = 65521;

std::uint32_t adler32Update(std::uint32_t Adler, std::string_view Bytes) {
  std::uint64_t A = Adler & 0xFFFF, B = Adler >> 16;
  for (unsigned char C : Bytes) {
    A = (A + C) % AdlerBase;
    B = (B + A) % AdlerBase;
  }
  return std::uint32_t(B << 16 | A);
}

std::uint32_t adler32Combine(std::uint32_t A1, std::uint32_t A2, std::uint64_t Len2) {
  std::uint64_t Rem = Len2 % AdlerBase;
  std::uint64_t Sum1 = A1 & 0xFFFF;
  std::uint64_t Sum2 = (Rem * Sum1) % AdlerBase;
  Sum1 += (A2 & 0xFFFF) + AdlerBase - 1;
  Sum2 += (A1 >> 16) + (A2 >> 16) + AdlerBase - Rem;
  Sum1 %= AdlerBase;
  Sum2 %= AdlerBase;
  return std::uint32_t(Sum2 << 16 | Sum1);
}

/// The context binary: 16 bytes of state, 8 of count, then pending bytes.
std::string saveMd5(const Md5 &H) {
  std::string Out(24, '\0');
  std::memcpy(Out.data(), H.State, 16);
  std::memcpy(Out.data() + 16, &H.Count, 8);
  return Out + H.Pending;
}

std::optional<Md5> loadMd5(Term Context) {
  std::optional<std::string> Bytes =
      Context.isBitstring() ? binaryBytes(Context) : std::nullopt;
  if (!Bytes || Bytes->size() < 24 || Bytes->size() >= 24 + 64)
    return std::nullopt;
  Md5 H;
  std::memcpy(H.State, Bytes->data(), 16);
  std::memcpy(&H.Count, Bytes->data() + 16, 8);
  H.Pending = Bytes->substr(24);
  if (H.Count % 64 != H.Pending.size())
    return std::nullopt;
  return H;
}

} // namespace

namespace beamr::bifs {

Term crc32_1(Process &P, const Term *Args) {
  std::optional<std::string> Bytes = iodataBytes(Args[0]);
  return Bytes ? makeUnsigned(P, crc32Update(0, *Bytes)) : P.badarg();
}

Term crc32_2(Process &P, const Term *Args) {
  std::optional<std::uint32_t> Crc = readChecksum(Args[0]);
  std::optional<std::string> Bytes = iodataBytes(Args[1]);
  return Crc && Bytes ? makeUnsigned(P, crc32Update(*Crc, *Bytes)) : P.badarg();
}

Term crc32_combine_3(Process &P, const Term *Args) {
  std::optional<std::uint32_t> A = readChecksum(Args[0]), B = readChecksum(Args[1]);
  if (!A || !B || !Args[2].isSmall() || Args[2].smallValue() < 0)
    return P.badarg();
  return makeUnsigned(P, crc32Combine(*A, *B, std::uint64_t(Args[2].smallValue())));
}

Term adler32_1(Process &P, const Term *Args) {
  std::optional<std::string> Bytes = iodataBytes(Args[0]);
  return Bytes ? makeUnsigned(P, adler32Update(1, *Bytes)) : P.badarg();
}

Term adler32_2(Process &P, const Term *Args) {
  std::optional<std::uint32_t> Adler = readChecksum(Args[0]);
  std::optional<std::string> Bytes = iodataBytes(Args[1]);
  return Adler && Bytes ? makeUnsigned(P, adler32Update(*Adler, *Bytes)) : P.badarg();
}

Term adler32_combine_3(Process &P, const Term *Args) {
  std::optional<std::uint32_t> A = readChecksum(Args[0]), B = readChecksum(Args[1]);
  if (!A || !B || !Args[2].isSmall() || Args[2].smallValue() < 0)
    return P.badarg();
  return makeUnsigned(P, adler32Combine(*A, *B, std::uint64_t(Args[2].smallValue())));
}

Term md5_1(Process &P, const Term *Args) {
  std::optional<std::string> Bytes = iodataBytes(Args[0]);
  if (!Bytes)
    return P.badarg();
  Md5 H;
  H.update(*Bytes);
  return makeBinaryTerm(P, H.final());
}

Term md5_init_0(Process &P, const Term *) { return makeBinaryTerm(P, saveMd5(Md5())); }

Term md5_update_2(Process &P, const Term *Args) {
  std::optional<Md5> H = loadMd5(Args[0]);
  std::optional<std::string> Bytes = iodataBytes(Args[1]);
  if (!H || !Bytes)
    return P.badarg();
  H->update(*Bytes);
  return makeBinaryTerm(P, saveMd5(*H));
}

Term md5_final_1(Process &P, const Term *Args) {
  std::optional<Md5> H = loadMd5(Args[0]);
  return H ? makeBinaryTerm(P, H->final()) : P.badarg();
}

} // namespace beamr::bifs
