//===- beamr/Support/Md5.h - MD5 digests ------------------------*- C++ -*-===//
///
/// \file
/// MD5 for the places erl uses it: `erlang:md5/1` and its incremental
/// forms, and the checksum of a loaded module (`module_info(md5)`, which is
/// also the `new_uniq` of the module's funs).
//===----------------------------------------------------------------------===//
#ifndef BEAMR_SUPPORT_MD5_H
#define BEAMR_SUPPORT_MD5_H

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>

namespace beamr {

/// MD5 (RFC 1321), incremental. The state is public: erlang:md5_init/1
/// and friends keep it in a binary between calls.
struct Md5 {
  std::uint32_t State[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
  std::uint64_t Count = 0; ///< Bytes hashed so far.
  std::string Pending;     ///< Bytes of the partial block.

  void update(std::string_view Bytes) {
    Count += Bytes.size();
    if (!Pending.empty()) {
      std::size_t Take = std::min<std::size_t>(64 - Pending.size(), Bytes.size());
      Pending.append(Bytes.substr(0, Take));
      Bytes.remove_prefix(Take);
      if (Pending.size() < 64)
        return;
      block(reinterpret_cast<const unsigned char *>(Pending.data()));
      Pending.clear();
    }
    for (; Bytes.size() >= 64; Bytes.remove_prefix(64))
      block(reinterpret_cast<const unsigned char *>(Bytes.data()));
    Pending.append(Bytes);
  }

  std::string final() {
    std::uint64_t Bits = Count * 8;
    std::string Pad(1, char(0x80));
    Pad.append((Pending.size() + 1) % 64 <= 56 ? 56 - (Pending.size() + 1) % 64
                                                 : 120 - (Pending.size() + 1) % 64,
               '\0');
    for (int I = 0; I < 8; ++I)
      Pad.push_back(char(Bits >> (8 * I)));
    update(Pad);
    std::string Out;
    for (std::uint32_t W : State)
      for (int I = 0; I < 4; ++I)
        Out.push_back(char(W >> (8 * I)));
    return Out;
  }

  static std::uint32_t rotl(std::uint32_t X, unsigned C) { return X << C | X >> (32 - C); }

  void block(const unsigned char *P) {
    static const unsigned Shift[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                       5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                       4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                       6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
    static const std::array<std::uint32_t, 64> K = [] {
      std::array<std::uint32_t, 64> T{};
      for (int I = 0; I < 64; ++I)
        T[I] = std::uint32_t(std::fabs(std::sin(double(I + 1))) * 4294967296.0);
      return T;
    }();
    std::uint32_t M[16];
    for (int I = 0; I < 16; ++I)
      M[I] = P[4 * I] | P[4 * I + 1] << 8 | P[4 * I + 2] << 16 | std::uint32_t(P[4 * I + 3]) << 24;
    std::uint32_t A = State[0], B = State[1], C = State[2], D = State[3];
    // The four rounds, each with its own function and message order: no
    // per-step branch on the round (a module's checksum hashes every
    // loaded .beam).
    auto Step = [&](int I, std::uint32_t F, int G) {
      F += A + K[I] + M[G];
      A = D;
      D = C;
      C = B;
      B += rotl(F, Shift[I]);
    };
    for (int I = 0; I < 16; ++I)
      Step(I, (B & C) | (~B & D), I);
    for (int I = 16; I < 32; ++I)
      Step(I, (D & B) | (~D & C), (5 * I + 1) & 15);
    for (int I = 32; I < 48; ++I)
      Step(I, B ^ C ^ D, (3 * I + 5) & 15);
    for (int I = 48; I < 64; ++I)
      Step(I, C ^ (B | ~D), (7 * I) & 15);
    State[0] += A;
    State[1] += B;
    State[2] += C;
    State[3] += D;
  }
};

} // namespace beamr

#endif // BEAMR_SUPPORT_MD5_H
