//===- lib/Runtime/BifIo.cpp - Standard output's lock, boot helpers -------===//
///
/// \file
/// Standard input and output are OTP's own `user` and `standard_error` on
/// fd ports (BifPort.cpp), started by the boot module. What is left here:
/// the lock that keeps each piece of output to fd 1 and 2 whole, and the
/// BIFs the boot and the IO protocol's helpers ask of the VM.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"
#include "beamr/Runtime/ProcessTable.h"

using namespace beamr;

std::mutex &beamr::standardOutputLock() {
  static std::mutex *Lock = new std::mutex; // Never destroyed: output at exit.
  return *Lock;
}

namespace beamr::bifs {

/// net_kernel:dflag_unicode_io(Pid): whether the IO server of `Pid` takes
/// unicode requests. Every local one does.
Term net_kernel_dflag_unicode_io_1(Process &P, const Term *Args) {
  if (!Args[0].isLocalPid())
    return P.badarg();
  return atomTerm(atoms::True);
}

} // namespace beamr::bifs
