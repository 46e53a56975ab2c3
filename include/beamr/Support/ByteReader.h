//===- beamr/Support/ByteReader.h - Bounds-checked byte input ---*- C++ -*-===//
///
/// \file
/// A cursor over untrusted bytes. Every read checks the remaining length and
/// reports failure instead of reading past the end, so parsers of `.beam`
/// files and external terms can never overrun their input.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_SUPPORT_BYTEREADER_H
#define BEAMR_SUPPORT_BYTEREADER_H

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace beamr {

class ByteReader {
public:
  ByteReader() = default;
  explicit ByteReader(std::span<const unsigned char> Bytes) : Data(Bytes) {}

  std::size_t offset() const { return Pos; }
  std::size_t remaining() const { return Data.size() - Pos; }
  bool atEnd() const { return Pos == Data.size(); }
  std::span<const unsigned char> rest() const { return Data.subspan(Pos); }

  /// Each read returns false, consuming nothing, when the input is too short.
  bool readU8(std::uint8_t &V) { return readBigEndian(V, 1); }
  bool readU16(std::uint16_t &V) { return readBigEndian(V, 2); }
  bool readU32(std::uint32_t &V) { return readBigEndian(V, 4); }
  bool readU64(std::uint64_t &V) { return readBigEndian(V, 8); }
  bool readBytes(std::size_t N, std::span<const unsigned char> &Out) {
    if (N > remaining())
      return false;
    Out = Data.subspan(Pos, N);
    Pos += N;
    return true;
  }
  bool readString(std::size_t N, std::string_view &Out) {
    std::span<const unsigned char> B;
    if (!readBytes(N, B))
      return false;
    Out = std::string_view(reinterpret_cast<const char *>(B.data()), B.size());
    return true;
  }
  bool skip(std::size_t N) {
    if (N > remaining())
      return false;
    Pos += N;
    return true;
  }

private:
  template <typename T> bool readBigEndian(T &V, std::size_t N) {
    if (N > remaining())
      return false;
    T R = 0;
    for (std::size_t I = 0; I < N; ++I)
      R = static_cast<T>((R << 8) | Data[Pos + I]);
    V = R;
    Pos += N;
    return true;
  }

  std::span<const unsigned char> Data;
  std::size_t Pos = 0;
};

} // namespace beamr

#endif // BEAMR_SUPPORT_BYTEREADER_H
