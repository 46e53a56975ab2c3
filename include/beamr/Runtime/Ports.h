//===- beamr/Runtime/Ports.h - Ports to OS processes and descriptors -*- C++ -*-===//
///
/// \file
/// Ports as erl's `spawn`, `spawn_executable` and `fd` drivers give them
/// (lib/Runtime/BifPort.cpp): `open_port/2` starts a child process on pipes
/// (or takes two descriptors), the connected process receives
/// `{Port, {data, D}}` (framed by `{packet, N}` or `{line, L}`), `{Port, eof}`
/// and `{Port, {exit_status, S}}`, and a port is linked like a process: its
/// closing sends exit signals to its links, and an exit signal from a link
/// (its owner's exit, any reason) closes it. What the rest of the runtime
/// needs of ports is here; the BIFs are in Bifs.def.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_PORTS_H
#define BEAMR_RUNTIME_PORTS_H

#include "beamr/Term/Term.h"

#include <optional>
#include <string>
#include <utility>
#include <sys/types.h>
#include <vector>

namespace beamr {

class Process;

/// An exit signal from `From` (a linked process that exited, or exit/2's
/// caller) to `Port`: any reason from the port's owner, and any reason but
/// `normal` from another, close the port (exit/2's `kill` as `killed`).
/// Nothing for a closed port.
void portExitSignal(Term Port, Term From, Term Reason, bool FromExit2 = false);
/// A message sent to `Port` (`Port ! Msg`): `{Pid, {command, Data}}`,
/// `{Pid, close}`, `{Pid, {connect, NewPid}}`; anything else closes the port
/// with `badsig`. Ignored when the port is closed.
void portMessage(Term Port, Term Msg);
/// link/1 and unlink/1 with a port: both halves, as for processes. False
/// when the port is closed.
bool linkPort(Process &P, Term Port);
void unlinkPort(Process &P, Term Port);

/// Whether a port may still send a message (its input has not ended): the
/// VM does not stop while one is open, as erl would not.
bool portsKeepAlive();
/// How many ports are open (system_info(port_count)).
std::size_t portCount();

/// A child process to start: `Path` (`Argv[0]` when empty; looked up on
/// PATH when `SearchPath` and it has no slash) run with `Argv`, in `Dir` unless empty, with `Env` changes to the current
/// environment (a value of nothing unsets). Its stdin reads `StdinFd`, its
/// stdout writes `StdoutFd`, its stderr `StderrFd` (each -1 for the VM's
/// own); every other descriptor of the VM is closed in the child.
struct ChildSpec {
  std::string Path;
  std::vector<std::string> Argv;
  bool SearchPath = false;
  std::string Dir;
  std::vector<std::pair<std::string, std::optional<std::string>>> Env;
  int StdinFd = -1, StdoutFd = -1, StderrFd = -1;
};
/// Forks and execs; the child's pid, or -1 with errno set. An exec that
/// fails exits the child with status 127 (as a shell does).
pid_t spawnChild(const ChildSpec &Spec);
/// Waits for `Child` and returns its status as erl reports it: the exit
/// code, or 128 + the signal that killed it.
int waitChild(pid_t Child);

} // namespace beamr

#endif // BEAMR_RUNTIME_PORTS_H
