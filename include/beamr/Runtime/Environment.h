//===- beamr/Runtime/Environment.h - The C environment, shared --*- C++ -*-===//
///
/// \file
/// The process environment (`environ`) is one piece of VM-global state that
/// libc gives no lock for readers: glibc's setenv may grow and move the
/// `environ` array while another thread's getenv walks it, and
/// localtime_r/mktime read `TZ` from it. Every reader in the VM (os:getenv,
/// os:env, the calendar BIFs, start-up settings read late) takes the shared
/// side of `environmentLock()`, and os:putenv/unsetenv the exclusive side.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_ENVIRONMENT_H
#define BEAMR_RUNTIME_ENVIRONMENT_H

#include <optional>
#include <shared_mutex>
#include <string>

namespace beamr {

/// Guards `environ` and everything libc reads from it; any thread.
std::shared_mutex &environmentLock();

/// getenv(Name) under the shared lock, copied out; nothing when unset.
std::optional<std::string> readEnvironment(const char *Name);

} // namespace beamr

#endif // BEAMR_RUNTIME_ENVIRONMENT_H
