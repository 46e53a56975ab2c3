//===- beamr/Runtime/IoServer.h - The native text encoding ------*- C++ -*-===//
///
/// \file
/// How erl reads text from the OS (command-line arguments, file names):
/// the native encoding the locale gives. Standard input and output are
/// OTP's `user` and `standard_error` on fd ports (docs/Runtime.md, "IO").
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_IOSERVER_H
#define BEAMR_RUNTIME_IOSERVER_H

#include "beamr/Term/Term.h"

#include <string_view>

namespace beamr {

class Process;

/// erl's native encoding (`file:native_name_encoding/0`, and how command
/// line arguments are read): UTF-8 when the locale's character set says so
/// (the first of LC_ALL, LC_CTYPE, LANG that is set), else Latin-1.
bool nativeEncodingIsUtf8();
/// A command-line argument as erl reads it: its code points when the native
/// encoding is UTF-8 and the bytes are valid UTF-8, else its bytes.
Term nativeString(Process &P, std::string_view Arg);

} // namespace beamr

#endif // BEAMR_RUNTIME_IOSERVER_H
