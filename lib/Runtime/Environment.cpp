//===- lib/Runtime/Environment.cpp - The C environment, shared ------------===//
///
/// \file
/// The lock around `environ` (beamr/Runtime/Environment.h says who takes it).
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Environment.h"

#include <cstdlib>
#include <mutex>

using namespace beamr;

std::shared_mutex &beamr::environmentLock() {
  // Never destroyed: threads may still read the environment during exit.
  static std::shared_mutex *Lock = new std::shared_mutex;
  return *Lock;
}

std::optional<std::string> beamr::readEnvironment(const char *Name) {
  std::shared_lock<std::shared_mutex> G(environmentLock());
  if (const char *V = std::getenv(Name))
    return std::string(V);
  return std::nullopt;
}
