//===- lib/Runtime/PortTable.h - The port table, shared by the drivers -*- C++ -*-===//
///
/// \file
/// What the port drivers share (internal to the runtime library): the table
/// of open ports, a port's state, and closing. BifPort.cpp holds the table,
/// the pipe and descriptor drivers (`spawn`, `spawn_executable`, `fd`) and
/// the port BIFs; a driver of its own kind (PortInet.cpp's `tcp_inet` and
/// `udp_inet`) implements `PortDriver`, which `open_port({spawn_driver,
/// Name}, _)` creates, port_control and port_command reach, and closing
/// tells.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LIB_RUNTIME_PORTTABLE_H
#define BEAMR_LIB_RUNTIME_PORTTABLE_H

#include "beamr/Runtime/Mailbox.h"
#include "beamr/Term/Term.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace beamr {
class Process;
class TermAllocator;
} // namespace beamr

namespace beamr::ports {

struct PortState;

/// How a port frames its input and output.
struct Framing {
  bool Binary = false;
  unsigned Packet = 0;   ///< 1, 2 or 4: a big-endian length header of that size.
  std::size_t Line = 0;  ///< {line, L}: lines of at most L bytes.
};

/// A driver that runs a port itself (a socket). Its calls come with the
/// port's `Lock` not held, unless said otherwise.
class PortDriver {
public:
  virtual ~PortDriver() = default;
  /// port_control(Port, Op, Data) from `Caller`: the reply's bytes, or
  /// nothing for a badarg.
  virtual std::optional<std::string> control(Process &Caller, PortState &S, std::uint64_t Op,
                                             std::string_view Data) = 0;
  /// port_command(Port, Data) from `Caller`: false for a badarg.
  virtual bool output(Process &Caller, PortState &S, std::string_view Bytes) = 0;
  /// The port has closed (`S.Open` is false): let go of what it holds.
  virtual void closed(PortState &S) = 0;
};

struct PortState {
  Term Id;
  std::string Name;
  Framing Frame;
  bool Eof = false, ExitStatus = false, FdPort = false;
  int InFd = -1, OutFd = -1, WakeFd = -1;
  pid_t Child = -1;
  /// Set for a port of a driver of its own; the fields above are unused.
  std::shared_ptr<PortDriver> Driver;

  std::mutex Lock; // Guards what follows.
  bool Open = true;
  Term Owner;
  std::vector<Term> Links;
  std::uint64_t InputBytes = 0, OutputBytes = 0;
  /// erlang:port_set_data/2's term (a copy of its own), or null.
  Message *Data = nullptr;

  PortState() = default;
  PortState(const PortState &) = delete;
  PortState &operator=(const PortState &) = delete;
  ~PortState() {
    if (Data)
      Message::destroy(Data);
  }
};

class PortTable {
public:
  static PortTable &get() {
    static PortTable T;
    return T;
  }
  std::shared_ptr<PortState> add(std::shared_ptr<PortState> S) {
    std::lock_guard<std::mutex> G(Lock);
    // From 6: about where user code finds them on erl, whose boot opens
    // ports of its own first.
    S->Id = Term::localPort(Next++);
    Ports[S->Id.portNumber()] = S;
    return S;
  }
  std::shared_ptr<PortState> find(Term Id) {
    if (!Id.isLocalPort())
      return nullptr;
    std::lock_guard<std::mutex> G(Lock);
    auto It = Ports.find(Id.portNumber());
    return It == Ports.end() ? nullptr : It->second;
  }
  void remove(Term Id) {
    std::lock_guard<std::mutex> G(Lock);
    Ports.erase(Id.portNumber());
  }
  std::vector<Term> ids() {
    std::lock_guard<std::mutex> G(Lock);
    std::vector<Term> Out;
    for (auto &[N, S] : Ports)
      Out.push_back(S->Id);
    return Out;
  }

private:
  std::mutex Lock;
  std::map<std::uint64_t, std::shared_ptr<PortState>> Ports;
  std::uint64_t Next = 6;
};

Term pairOf(TermAllocator &A, Term X, Term Y);
/// Sends `{Port, Payload}` to the owner; `S.Lock` is held.
void sendToOwner(PortState &S, Term Payload);
/// Takes the port out of service with `Reason` for its links (and tells
/// its driver); false when it was closed already. `S.Lock` must not be
/// held. With `ClosedTo`, that process is sent `{Port, closed}`.
bool closePort(PortState &S, Term Reason, Term ClosedTo = NoValue);
/// Puts a new port of driver `D`, named `Name`, in the table, owned by and
/// linked to the process `Owner` (any thread; a gone owner closes it).
/// Returns it, or null when the owner is gone.
std::shared_ptr<PortState> openDriverPort(Term Owner, std::string Name,
                                          std::shared_ptr<PortDriver> D);
/// The driver for `open_port({spawn_driver, Name}, _)`, or null if there is
/// none of that name (PortInet.cpp).
std::shared_ptr<PortDriver> makeDriver(std::string_view Name);
/// A thread that may still send from a port starts or stops: while one
/// runs, the VM does not stop for want of work (portsKeepAlive).
void inputStarted();
void inputStopped();

} // namespace beamr::ports

#endif // BEAMR_LIB_RUNTIME_PORTTABLE_H
