//===- lib/Runtime/BifZlib.cpp - zlib's one-shot functions ----------------===//
///
/// \file
/// `zlib:compress/1`, `uncompress/1` (zlib format), `zip/1`, `unzip/1` (raw
/// deflate) and `gzip/1`, `gunzip/1`, on the zlib library erl's own zlib
/// NIF uses, with erl's default level and memory settings so the bytes are
/// the same. zlib.erl builds these on a stream NIF that it calls locally,
/// so the exported functions are native themselves; the stream API
/// (`zlib:open/0`, `deflate/2`, ...) is not provided.
///
/// Bad compressed data raises `data_error`, as erl does.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Process.h"

#include <zlib.h>

using namespace beamr;

namespace {

/// zlib, raw deflate and gzip framing, as zlib's windowBits selects them.
constexpr int ZlibBits = 15, RawBits = -15, GzipBits = 15 + 16;

std::optional<std::string> deflateAll(const std::string &In, int WindowBits) {
  z_stream Z{};
  if (deflateInit2(&Z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, WindowBits, 8, Z_DEFAULT_STRATEGY) !=
      Z_OK)
    return std::nullopt;
  std::string Out(deflateBound(&Z, uLong(In.size())), '\0');
  Z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(In.data()));
  Z.avail_in = uInt(In.size());
  Z.next_out = reinterpret_cast<Bytef *>(Out.data());
  Z.avail_out = uInt(Out.size());
  int R = deflate(&Z, Z_FINISH);
  Out.resize(Z.total_out);
  deflateEnd(&Z);
  if (R != Z_STREAM_END)
    return std::nullopt;
  return Out;
}

std::optional<std::string> inflateAll(const std::string &In, int WindowBits) {
  z_stream Z{};
  if (inflateInit2(&Z, WindowBits) != Z_OK)
    return std::nullopt;
  Z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(In.data()));
  Z.avail_in = uInt(In.size());
  std::string Out;
  char Buf[16384];
  int R;
  do {
    Z.next_out = reinterpret_cast<Bytef *>(Buf);
    Z.avail_out = sizeof Buf;
    R = inflate(&Z, Z_NO_FLUSH);
    if (R != Z_OK && R != Z_STREAM_END)
      break;
    Out.append(Buf, sizeof Buf - Z.avail_out);
  } while (R != Z_STREAM_END);
  inflateEnd(&Z);
  if (R != Z_STREAM_END)
    return std::nullopt;
  return Out;
}

Term oneShot(Process &P, Term Data, bool Compress, int WindowBits) {
  std::string In;
  if (!appendIolist(In, Data))
    return P.badarg();
  std::optional<std::string> Out = Compress ? deflateAll(In, WindowBits) : inflateAll(In, WindowBits);
  if (!Out)
    return P.raiseError(internAtom("data_error"));
  return makeBinaryTerm(P, *Out);
}

} // namespace

namespace beamr::bifs {

Term zlib_compress_1(Process &P, const Term *Args) { return oneShot(P, Args[0], true, ZlibBits); }
Term zlib_uncompress_1(Process &P, const Term *Args) {
  return oneShot(P, Args[0], false, ZlibBits);
}
Term zlib_zip_1(Process &P, const Term *Args) { return oneShot(P, Args[0], true, RawBits); }
Term zlib_unzip_1(Process &P, const Term *Args) { return oneShot(P, Args[0], false, RawBits); }
Term zlib_gzip_1(Process &P, const Term *Args) { return oneShot(P, Args[0], true, GzipBits); }
Term zlib_gunzip_1(Process &P, const Term *Args) { return oneShot(P, Args[0], false, GzipBits); }

} // namespace beamr::bifs
