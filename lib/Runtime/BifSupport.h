//===- lib/Runtime/BifSupport.h - Helpers shared by the BIF files -*- C++ -*-===//
///
/// \file
/// Reading lists, strings and iolists out of terms, and building results,
/// for the BIFs in lib/Runtime/Bif*.cpp. Every reader returns nothing for a
/// term of the wrong shape, leaving the error to the BIF (usually `badarg`).
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LIB_RUNTIME_BIFSUPPORT_H
#define BEAMR_LIB_RUNTIME_BIFSUPPORT_H

#include "beamr/Runtime/Export.h"
#include "beamr/Runtime/Signals.h"
#include "beamr/Term/Build.h"

#include <ctime>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace beamr {

/// The atom for `Text`, interned if new (for names not in Atoms.def).
Term internAtom(std::string_view Text);

/// The elements of a proper list, or nothing.
std::optional<std::vector<Term>> listElements(Term List);
/// The length of a proper list, or nothing.
std::optional<std::size_t> properLength(Term List);
/// The bytes of a list of integers 0..255 (a Latin-1 string), or nothing.
std::optional<std::string> listToLatin1(Term List);
/// The code points of a list of integers 0..0x10FFFF (not surrogates), or
/// nothing.
std::optional<std::u32string> listToCodePoints(Term List);
/// Appends the UTF-8 encoding of `C` to `Out`.
void appendUtf8(std::string &Out, char32_t C);
/// Decodes valid UTF-8 text, or nothing.
std::optional<std::u32string> decodeUtf8(std::string_view Bytes);

/// Appends the bytes of an iolist (bytes, binaries, nested lists, a binary
/// tail) to `Out`; returns false if `IoList` is not one.
bool appendIolist(std::string &Out, Term IoList);

/// The bytes of a binary (whole bytes only), or nothing.
std::optional<std::string> binaryBytes(Term Bin);
/// Appends the bytes of the binary `Bin` to `Out`; false when `Bin` is no
/// binary (a bitstring of a size in bits that is not a multiple of 8 included).
bool appendBinaryBytes(std::string &Out, Term Bin);

/// A list of the integers of `Bytes`.
Term makeByteListTerm(Process &P, std::string_view Bytes, Term Tail = Term::nil());
/// A binary term holding `Bytes`.
inline Term makeBinaryTerm(Process &P, std::string_view Bytes) {
  return makeBinary(P, std::span<const unsigned char>(
                           reinterpret_cast<const unsigned char *>(Bytes.data()), Bytes.size()));
}
/// A list of code points.
Term makeCodePointList(Process &P, std::u32string_view Chars, Term Tail = Term::nil());
Term makeTuple2(Process &P, Term A, Term B);
/// Held while one piece of output goes to fd 1 or 2 (IO server writes,
/// erlang:display): any thread, so two scheduler threads writing at once
/// cannot interleave within one piece when write(2) writes part of it.
std::mutex &standardOutputLock();
/// erl's name for an errno value (erl_errno_id), as an atom (`eio` for
/// one it has no name for here).
Term posixAtom(int Err);
Term makeTuple3(Process &P, Term A, Term B, Term C);


/// A file name, command or argument as erl hands it to the OS (a flat
/// string or a binary), in the native encoding; nothing for a bad one (a
/// NUL, a character the encoding lacks): erl's badarg.
std::optional<std::string> nativeText(Term Name);

/// Writes all of `Bytes` to `Fd`, retrying short writes and EINTR; false
/// (errno set) when the descriptor fails.
bool writeFully(int Fd, std::string_view Bytes);

/// Calendar time in the local time zone (localtime_r and mktime, under the
/// environment's lock since they read TZ: Environment.h).
void localTime(std::time_t T, std::tm &Out);
std::time_t fromLocalTime(std::tm &Tm);
/// A valid `{{Y, Mo, D}, {H, Mi, S}}` as a `std::tm`, or nothing (badarg).
std::optional<std::tm> dateTimeOf(Term DT);

} // namespace beamr

#endif // BEAMR_LIB_RUNTIME_BIFSUPPORT_H
