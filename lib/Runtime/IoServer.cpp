//===- lib/Runtime/IoServer.cpp - Starting the standard IO server ---------===//
///
/// \file
/// Creates the IO server's process and points crash reports at it.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/IoServer.h"

#include "beamr/Runtime/ProcessTable.h"

using namespace beamr;

Term beamr::startIoServer() {
  const ProcessHooks &H = processHooks();
  if (!H.spawn)
    return Term::nil();
  AtomTable &Atoms = AtomTable::get();
  Export &Init = ExportTable::get().entry(*Atoms.intern("beamr_io_server"), *Atoms.intern("init"), 0);
  Process *Server = ProcessTable::get().create();
  Term Pid = Server->Pid;
  H.spawn(*Server, Init);
  setErrorReportSink(Pid);
  return Pid;
}
