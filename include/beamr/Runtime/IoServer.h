//===- beamr/Runtime/IoServer.h - The standard IO server --------*- C++ -*-===//
///
/// \file
/// The group leader of the first process is an Erlang process running
/// `beamr_io_server` (lib/Runtime/erlang/beamr_io_server.erl, compiled at
/// build time into `<build>/lib/beamr/ebin`, the boot directory of the code
/// path). It answers the I/O protocol for standard input and output as erl's
/// `user` does under `-noshell`, and prints crash reports.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_IOSERVER_H
#define BEAMR_RUNTIME_IOSERVER_H

#include "beamr/Term/Term.h"

#include <string_view>

namespace beamr {

class Process;

/// Spawns the IO servers (`beamr_io_server:init/2`): `user` on standard
/// output, the receiver of crash reports, and `standard_error` on standard
/// error. Returns the pid of `user`,
/// which the boot code makes the group leader of the first process. Needs
/// the scheduler's `ProcessHooks` (ProcessTable.h) and a code path that
/// finds `beamr_io_server.beam`; returns nil if spawning is not possible.
Term startIoServer();

/// erl's native encoding (`file:native_name_encoding/0`, and how command
/// line arguments are read): UTF-8 when the locale's character set says so
/// (the first of LC_ALL, LC_CTYPE, LANG that is set), else Latin-1.
bool nativeEncodingIsUtf8();
/// A command-line argument as erl reads it: its code points when the native
/// encoding is UTF-8 and the bytes are valid UTF-8, else its bytes.
Term nativeString(Process &P, std::string_view Arg);

} // namespace beamr

#endif // BEAMR_RUNTIME_IOSERVER_H
