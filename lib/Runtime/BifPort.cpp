//===- lib/Runtime/BifPort.cpp - Ports: spawn, spawn_executable, fd -------===//
///
/// \file
/// The port table and the three drivers erl's `open_port/2` offers without
/// loadable drivers: `{spawn, Command}` (`/bin/sh -c "exec Command"`),
/// `{spawn_executable, File}` and `{fd, In, Out}`; and the port BIFs.
///
/// A port's input is read by a thread of its own, blocked in poll(2) on the
/// input descriptor and an eventfd that closing the port signals; it frames
/// the bytes (`{packet, N}`, `{line, L}` or the stream as read) and sends
/// each frame to the connected process as erl's drivers do. Output is
/// written synchronously by the sender (port_command, `Port ! {Pid,
/// {command, D}}`); both are dirty BIFs, so a full pipe blocks a dirty
/// thread, never a scheduler. A port's state is guarded by its own mutex;
/// messages leave under it, so nothing arrives from a port after its
/// `{Port, closed}` or the exit signal of its closing.
///
/// Closing (port_close, `{Pid, close}`, an exit signal, end of input without
/// `eof`, a failed write) takes the port out of the table, closes its
/// output (the child sees end of input) and sends `Reason` as an exit signal
/// to every link. The reader thread closes the input and reaps the child.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"
#include "PortTable.h"

#include "beamr/Runtime/Environment.h"
#include "beamr/Runtime/IoServer.h"
#include "beamr/Runtime/Mailbox.h"
#include "beamr/Runtime/Ports.h"
#include "beamr/Runtime/Process.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Runtime/Copy.h"
#include "beamr/Term/Atom.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <map>
#include <memory>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

using namespace beamr;
using namespace beamr::ports;

namespace {

struct PortAtoms {
  Term Data, Eol, Noeol, Eof, ExitStatus, Closed, Connected, Command, Close, Connect, Normal,
      Kill, Killed, Badsig, ExitTag, Name, Links, Id, Input, Output, OsPid, RegisteredName,
      Memory, QueueSize, Monitors, MonitoredBy, Parallelism, Locking;
  static const PortAtoms &get() {
    static const PortAtoms A = [] {
      PortAtoms A;
      A.Data = internAtom("data");
      A.Eol = internAtom("eol");
      A.Noeol = internAtom("noeol");
      A.Eof = internAtom("eof");
      A.ExitStatus = internAtom("exit_status");
      A.Closed = internAtom("closed");
      A.Connected = internAtom("connected");
      A.Command = internAtom("command");
      A.Close = internAtom("close");
      A.Connect = internAtom("connect");
      A.Normal = internAtom("normal");
      A.Kill = internAtom("kill");
      A.Killed = internAtom("killed");
      A.Badsig = internAtom("badsig");
      A.ExitTag = internAtom("EXIT");
      A.Name = internAtom("name");
      A.Links = internAtom("links");
      A.Id = internAtom("id");
      A.Input = internAtom("input");
      A.Output = internAtom("output");
      A.OsPid = internAtom("os_pid");
      A.RegisteredName = internAtom("registered_name");
      A.Memory = internAtom("memory");
      A.QueueSize = internAtom("queue_size");
      A.Monitors = internAtom("monitors");
      A.MonitoredBy = internAtom("monitored_by");
      A.Parallelism = internAtom("parallelism");
      A.Locking = internAtom("locking");
      return A;
    }();
    return A;
  }
};

} // namespace

Term beamr::ports::pairOf(TermAllocator &A, Term X, Term Y) {
  Term Elems[] = {X, Y};
  return makeTuple(A, Elems);
}

void beamr::ports::sendToOwner(PortState &S, Term Payload) {
  TermArena A;
  sendMessage(S.Owner, pairOf(A, S.Id, Payload));
}

namespace {

/// `{Port, {data, D}}` for a frame's bytes, or `{eol|noeol, D}` in line mode.
void sendData(PortState &S, std::string_view Bytes, Term LineTag = NoValue) {
  S.InputBytes += Bytes.size();
  TermArena A;
  Term D = S.Frame.Binary
               ? makeBinary(A, std::span<const unsigned char>(
                                   reinterpret_cast<const unsigned char *>(Bytes.data()),
                                   Bytes.size()))
               : Term::nil();
  if (!S.Frame.Binary)
    for (std::size_t I = Bytes.size(); I-- > 0;)
      D = makeCons(A, Term::small(static_cast<unsigned char>(Bytes[I])), D);
  if (LineTag != NoValue)
    D = pairOf(A, LineTag, D);
  sendMessage(S.Owner, pairOf(A, S.Id, pairOf(A, PortAtoms::get().Data, D)));
}

} // namespace

bool beamr::ports::closePort(PortState &S, Term Reason, Term ClosedTo) {
  std::vector<Term> Links;
  {
    std::lock_guard<std::mutex> G(S.Lock);
    if (!S.Open)
      return false;
    S.Open = false;
    Links.swap(S.Links);
    PortTable::get().remove(S.Id);
    if (!S.FdPort && S.OutFd >= 0)
      ::close(S.OutFd);
    S.OutFd = -1;
    if (S.WakeFd >= 0) {
      std::uint64_t One = 1;
      [[maybe_unused]] ssize_t N = ::write(S.WakeFd, &One, sizeof One);
    }
  }
  ProcessTable &T = ProcessTable::get();
  for (Term L : Links)
    if (Process *Q = T.lookup(L)) {
      {
        std::lock_guard<SmallMutex> G(Q->Signals.Lock);
        auto &QL = Q->Signals.Links;
        QL.erase(std::remove(QL.begin(), QL.end(), S.Id), QL.end());
      }
      sendExitSignal(S.Id, *Q, Reason);
    }
  if (ClosedTo != NoValue) {
    TermArena A;
    sendMessage(ClosedTo, pairOf(A, S.Id, PortAtoms::get().Closed));
  }
  if (S.Driver)
    S.Driver->closed(S);
  return true;
}

namespace {

/// Splits input into frames and sends them; keeps an unfinished frame in
/// `Pending`. `S.Lock` is held.
void deliverInput(PortState &S, std::string &Pending) {
  const PortAtoms &A = PortAtoms::get();
  std::size_t Pos = 0;
  if (S.Frame.Packet) {
    unsigned H = S.Frame.Packet;
    while (Pending.size() - Pos >= H) {
      std::size_t Len = 0;
      for (unsigned I = 0; I < H; ++I)
        Len = Len << 8 | static_cast<unsigned char>(Pending[Pos + I]);
      if (Pending.size() - Pos - H < Len)
        break;
      sendData(S, std::string_view(Pending).substr(Pos + H, Len));
      Pos += H + Len;
    }
  } else if (S.Frame.Line) {
    std::size_t L = S.Frame.Line;
    for (;;) {
      std::string_view Rest = std::string_view(Pending).substr(Pos);
      std::size_t NL = Rest.substr(0, L + 1).find('\n');
      if (NL != std::string_view::npos) {
        sendData(S, Rest.substr(0, NL), A.Eol);
        Pos += NL + 1;
      } else if (Rest.size() > L) {
        sendData(S, Rest.substr(0, L), A.Noeol);
        Pos += L;
      } else {
        break;
      }
    }
  } else {
    if (!Pending.empty())
      sendData(S, Pending);
    Pos = Pending.size();
  }
  Pending.erase(0, Pos);
}

/// Threads that may still send from a port (portsKeepAlive).
std::atomic<unsigned> ActiveReaders{0};

} // namespace

void beamr::ports::inputStarted() { ActiveReaders.fetch_add(1); }

void beamr::ports::inputStopped() {
  if (ActiveReaders.fetch_sub(1) == 1 && processHooks().recheckIdle)
    processHooks().recheckIdle();
}

namespace {

void readInputLoop(std::shared_ptr<PortState> S);

/// The reader thread of a port with input.
void readInput(std::shared_ptr<PortState> S) {
  readInputLoop(std::move(S));
  inputStopped();
}

void readInputLoop(std::shared_ptr<PortState> S) {
  const PortAtoms &A = PortAtoms::get();
  std::string Pending;
  char Buf[65536];
  bool Stopped = false;
  for (;;) {
    pollfd Fds[2] = {{S->InFd, POLLIN, 0}, {S->WakeFd, POLLIN, 0}};
    int R = ::poll(Fds, 2, -1);
    if (R < 0 && errno == EINTR)
      continue;
    if (R < 0 || (Fds[1].revents & POLLIN)) {
      Stopped = true;
      break;
    }
    ssize_t N = ::read(S->InFd, Buf, sizeof Buf);
    if (N < 0 && (errno == EINTR || errno == EAGAIN))
      continue;
    std::lock_guard<std::mutex> G(S->Lock);
    if (!S->Open) {
      Stopped = true;
      break;
    }
    if (N <= 0)
      break;
    Pending.append(Buf, std::size_t(N));
    deliverInput(*S, Pending);
  }
  if (!S->FdPort)
    ::close(S->InFd);
  if (Stopped) {
    // Closed by someone: the child, if any, sees its input end and is reaped.
    if (S->Child > 0)
      waitChild(S->Child);
    return;
  }
  // End of input.
  {
    std::lock_guard<std::mutex> G(S->Lock);
    if (S->Open && S->Frame.Line && !Pending.empty())
      sendData(*S, Pending, A.Noeol);
    if (S->Open && S->Eof)
      sendToOwner(*S, A.Eof);
  }
  if (S->Child > 0) {
    int Status = waitChild(S->Child);
    std::lock_guard<std::mutex> G(S->Lock);
    if (S->Open && S->ExitStatus) {
      TermArena Ar;
      sendToOwner(*S, pairOf(Ar, A.ExitStatus, Term::small(Status)));
    }
  }
  if (!S->Eof)
    closePort(*S, A.Normal);
}

enum class CommandResult { Ok, Closed, BadData };

/// Sends an iolist to the port's output, framed; a failed write closes the
/// port with the error's reason.
CommandResult portCommand(Process *Caller, PortState &S, Term Data) {
  std::string Bytes;
  if (!appendIolist(Bytes, Data))
    return CommandResult::BadData;
  if (S.Driver) {
    if (!Caller)
      return CommandResult::BadData; // {Pid, {command, D}} to a socket: badsig.
    return S.Driver->output(*Caller, S, Bytes) ? CommandResult::Ok : CommandResult::BadData;
  }
  int Err = 0;
  {
    std::lock_guard<std::mutex> G(S.Lock);
    if (!S.Open)
      return CommandResult::Closed;
    if (S.OutFd < 0)
      return CommandResult::BadData;
    std::string Framed;
    if (unsigned H = S.Frame.Packet) {
      for (unsigned I = H; I-- > 0;)
        Framed += char((Bytes.size() >> (8 * I)) & 0xFF);
    }
    Framed += Bytes;
    // Output to the VM's stdout or stderr stays whole against erlang:display.
    std::unique_lock<std::mutex> Out(standardOutputLock(), std::defer_lock);
    if (S.FdPort && (S.OutFd == 1 || S.OutFd == 2))
      Out.lock();
    if (writeFully(S.OutFd, Framed))
      S.OutputBytes += Bytes.size(); // As erl: the data, not the packet headers.
    else
      Err = errno;
  }
  if (Err)
    closePort(S, internAtom(Err == EPIPE ? "epipe" : "eio"));
  return CommandResult::Ok;
}

struct OpenSpec {
  enum Kind { Spawn, SpawnExecutable, Fd } K = Spawn;
  std::string Name;
  int InFd = -1, OutFd = -1;
  Framing Frame;
  bool Eof = false, ExitStatus = false, StderrToStdout = false, In = true, Out = true;
  bool HasArgs = false;
  std::vector<std::string> Args;
  std::optional<std::string> Arg0;
  ChildSpec Child;
};

/// Reads open_port's settings; false for a bad one.
bool readSettings(Term Settings, OpenSpec &O) {
  std::optional<std::vector<Term>> L = listElements(Settings);
  if (!L)
    return false;
  auto Is = [](Term T, const char *N) { return T == internAtom(N); };
  for (Term S : *L) {
    if (Is(S, "binary"))
      O.Frame.Binary = true;
    else if (Is(S, "eof"))
      O.Eof = true;
    else if (Is(S, "exit_status"))
      O.ExitStatus = true;
    else if (Is(S, "stderr_to_stdout"))
      O.StderrToStdout = true;
    else if (Is(S, "in"))
      O.Out = false;
    else if (Is(S, "out"))
      O.In = false;
    else if (Is(S, "stream")) {
      O.Frame.Packet = 0;
      O.Frame.Line = 0;
    } else if (Is(S, "use_stdio") || Is(S, "hide") || Is(S, "overlapped_io"))
      continue;
    else if (S.isTuple() && S.tupleArity() == 2) {
      Term K = S.tupleElement(0), V = S.tupleElement(1);
      if (Is(K, "packet") && V.isSmall() &&
          (V.smallValue() == 1 || V.smallValue() == 2 || V.smallValue() == 4)) {
        O.Frame.Packet = unsigned(V.smallValue());
        O.Frame.Line = 0;
      } else if (Is(K, "line") && V.isSmall() && V.smallValue() > 0) {
        O.Frame.Line = std::size_t(V.smallValue());
        O.Frame.Packet = 0;
      } else if (Is(K, "cd")) {
        std::optional<std::string> D = nativeText(V);
        if (!D)
          return false;
        O.Child.Dir = *D;
      } else if (Is(K, "env")) {
        std::optional<std::vector<Term>> E = listElements(V);
        if (!E)
          return false;
        for (Term P : *E) {
          if (!P.isTuple() || P.tupleArity() != 2)
            return false;
          std::optional<std::string> N = nativeText(P.tupleElement(0));
          if (!N || N->find('=') != std::string::npos)
            return false;
          if (P.tupleElement(1) == atomTerm(atoms::False)) {
            O.Child.Env.emplace_back(*N, std::nullopt);
            continue;
          }
          std::optional<std::string> Val = nativeText(P.tupleElement(1));
          if (!Val)
            return false;
          O.Child.Env.emplace_back(*N, *Val);
        }
      } else if (Is(K, "args")) {
        std::optional<std::vector<Term>> As = listElements(V);
        if (!As)
          return false;
        O.HasArgs = true;
        for (Term A : *As) {
          std::optional<std::string> T = nativeText(A);
          if (!T)
            return false;
          O.Args.push_back(*T);
        }
      } else if (Is(K, "arg0")) {
        O.Arg0 = nativeText(V);
        if (!O.Arg0)
          return false;
      } else if (Is(K, "parallelism") || Is(K, "busy_limits_port") ||
                 Is(K, "busy_limits_msgq")) {
        continue;
      } else {
        return false;
      }
    } else {
      return false;
    }
  }
  return true;
}

} // namespace

pid_t beamr::spawnChild(const ChildSpec &Spec) {
  std::vector<char *> Argv;
  const std::string &Path = Spec.Path.empty() ? Spec.Argv[0] : Spec.Path;
  for (const std::string &A : Spec.Argv)
    Argv.push_back(const_cast<char *>(A.c_str()));
  Argv.push_back(nullptr);
  std::shared_lock<std::shared_mutex> G(environmentLock());
  // The child's environment, built before fork (only exec-safe calls after).
  std::vector<std::string> EnvStrings;
  for (char **E = environ; *E; ++E) {
    std::string_view V = *E;
    std::string_view Key = V.substr(0, V.find('='));
    bool Changed = std::any_of(Spec.Env.begin(), Spec.Env.end(),
                               [&](const auto &C) { return C.first == Key; });
    if (!Changed)
      EnvStrings.emplace_back(V);
  }
  for (const auto &[K, V] : Spec.Env)
    if (V)
      EnvStrings.push_back(K + "=" + *V);
  std::vector<char *> Envp;
  for (std::string &E : EnvStrings)
    Envp.push_back(E.data());
  Envp.push_back(nullptr);
  std::string PathValue;
  if (const char *Value = ::getenv("PATH"))
    PathValue = Value;
  for (const auto &[K, V] : Spec.Env)
    if (K == "PATH")
      PathValue = V ? *V : "";
  pid_t Child = ::fork();
  if (Child != 0)
    return Child;
  // The child.
  if (Spec.StdinFd >= 0)
    ::dup2(Spec.StdinFd, 0);
  if (Spec.StdoutFd >= 0)
    ::dup2(Spec.StdoutFd, 1);
  if (Spec.StderrFd >= 0)
    ::dup2(Spec.StderrFd, 2);
  for (int Fd = 3, Max = int(::sysconf(_SC_OPEN_MAX)); Fd < Max && Fd < 65536; ++Fd)
    ::close(Fd);
  if (!Spec.Dir.empty() && ::chdir(Spec.Dir.c_str()) != 0)
    ::_exit(127);
  if (Spec.SearchPath && Path.find('/') == std::string::npos) {
    std::string_view Rest = PathValue;
    char Full[4096];
    while (true) {
      std::size_t Colon = Rest.find(':');
      std::string_view Dir = Rest.substr(0, Colon);
      std::size_t N = 0;
      for (char C : Dir)
        if (N < sizeof Full - 2)
          Full[N++] = C;
      if (N == 0)
        Full[N++] = '.';
      Full[N++] = '/';
      for (char C : Path)
        if (N < sizeof Full - 1)
          Full[N++] = C;
      Full[N] = 0;
      ::execve(Full, Argv.data(), Envp.data());
      if (Colon == std::string_view::npos)
        break;
      Rest = Rest.substr(Colon + 1);
    }
    ::_exit(127);
  }
  ::execve(Path.c_str(), Argv.data(), Envp.data());
  ::_exit(127);
}

bool beamr::portsKeepAlive() { return ActiveReaders.load() > 0; }

std::size_t beamr::portCount() { return PortTable::get().ids().size(); }

int beamr::waitChild(pid_t Child) {
  int Status = 0;
  while (::waitpid(Child, &Status, 0) < 0) {
    if (errno != EINTR)
      return 0;
  }
  if (WIFEXITED(Status))
    return WEXITSTATUS(Status);
  if (WIFSIGNALED(Status))
    return 128 + WTERMSIG(Status);
  return 0;
}

void beamr::portExitSignal(Term Port, Term From, Term Reason, bool FromExit2) {
  std::shared_ptr<PortState> S = PortTable::get().find(Port);
  if (!S)
    return;
  const PortAtoms &A = PortAtoms::get();
  bool FromOwner, Linked;
  {
    std::lock_guard<std::mutex> G(S->Lock);
    if (!S->Open)
      return;
    FromOwner = S->Owner == From;
    auto It = std::find(S->Links.begin(), S->Links.end(), From);
    Linked = It != S->Links.end();
    if (Linked && !FromExit2)
      S->Links.erase(It); // The sender has exited.
  }
  if (Reason == A.Kill && FromExit2)
    closePort(*S, A.Killed);
  else if (Reason != A.Normal || FromOwner)
    closePort(*S, Reason);
}

void beamr::portMessage(Term Port, Term Msg) {
  std::shared_ptr<PortState> S = PortTable::get().find(Port);
  if (!S)
    return;
  const PortAtoms &A = PortAtoms::get();
  if (Msg.isTuple() && Msg.tupleArity() == 2 && Msg.tupleElement(0).isLocalPid()) {
    Term From = Msg.tupleElement(0), What = Msg.tupleElement(1);
    if (What == A.Close) {
      closePort(*S, A.Normal, From);
      return;
    }
    if (What.isTuple() && What.tupleArity() == 2 && What.tupleElement(0) == A.Command) {
      if (portCommand(nullptr, *S, What.tupleElement(1)) != CommandResult::BadData)
        return;
    } else if (What.isTuple() && What.tupleArity() == 2 && What.tupleElement(0) == A.Connect &&
               What.tupleElement(1).isLocalPid()) {
      std::lock_guard<std::mutex> G(S->Lock);
      if (S->Open) {
        S->Owner = What.tupleElement(1);
        TermArena Ar;
        sendMessage(From, pairOf(Ar, S->Id, A.Connected));
      }
      return;
    }
  }
  closePort(*S, A.Badsig);
}

bool beamr::linkPort(Process &P, Term Port) {
  std::shared_ptr<PortState> S = PortTable::get().find(Port);
  if (!S)
    return false;
  {
    std::lock_guard<std::mutex> G(S->Lock);
    if (!S->Open)
      return false;
    if (std::find(S->Links.begin(), S->Links.end(), P.Pid) == S->Links.end())
      S->Links.push_back(P.Pid);
  }
  std::lock_guard<SmallMutex> G(P.Signals.Lock);
  auto &L = P.Signals.Links;
  if (std::find(L.begin(), L.end(), Port) == L.end())
    L.push_back(Port);
  return true;
}

void beamr::unlinkPort(Process &P, Term Port) {
  {
    std::lock_guard<SmallMutex> G(P.Signals.Lock);
    auto &L = P.Signals.Links;
    L.erase(std::remove(L.begin(), L.end(), Port), L.end());
  }
  if (std::shared_ptr<PortState> S = PortTable::get().find(Port)) {
    std::lock_guard<std::mutex> G(S->Lock);
    S->Links.erase(std::remove(S->Links.begin(), S->Links.end(), P.Pid), S->Links.end());
  }
}

std::shared_ptr<PortState> beamr::ports::openDriverPort(Term Owner, std::string Name,
                                                        std::shared_ptr<PortDriver> D) {
  Process *O = ProcessTable::get().lookup(Owner);
  if (!O)
    return nullptr;
  auto S = std::make_shared<PortState>();
  S->Name = std::move(Name);
  S->Driver = std::move(D);
  S->Owner = Owner;
  S->Links.push_back(Owner);
  PortTable::get().add(S);
  bool Gone;
  {
    std::lock_guard<SmallMutex> G(O->Signals.Lock);
    Gone = O->Signals.Exiting;
    if (!Gone)
      O->Signals.Links.push_back(S->Id);
  }
  if (Gone) {
    closePort(*S, PortAtoms::get().Normal);
    return nullptr;
  }
  return S;
}

namespace beamr::bifs {

Term open_port_2(Process &P, const Term *Args) {
  Term Name = Args[0];
  OpenSpec O;
  auto Is = [](Term T, const char *N) { return T == internAtom(N); };
  if (!Name.isTuple() || Name.tupleArity() < 2)
    return P.badarg();
  Term Kind = Name.tupleElement(0);
  if (Name.tupleArity() == 3 && Is(Kind, "fd")) {
    Term I = Name.tupleElement(1), Ou = Name.tupleElement(2);
    if (!I.isSmall() || !Ou.isSmall() || I.smallValue() < 0 || Ou.smallValue() < 0 ||
        I.smallValue() > 65535 || Ou.smallValue() > 65535)
      return P.badarg();
    O.K = OpenSpec::Fd;
    O.InFd = int(I.smallValue());
    O.OutFd = int(Ou.smallValue());
  } else if (Name.tupleArity() == 2 && (Is(Kind, "spawn") || Is(Kind, "spawn_executable"))) {
    std::optional<std::string> T = nativeText(Name.tupleElement(1));
    if (!T || T->empty())
      return P.badarg();
    O.K = Is(Kind, "spawn") ? OpenSpec::Spawn : OpenSpec::SpawnExecutable;
    O.Name = *T;
  } else if (Name.tupleArity() == 2 && Is(Kind, "spawn_driver")) {
    // The drivers built in (no loadable ones): tcp_inet, udp_inet.
    std::optional<std::string> T = nativeText(Name.tupleElement(1));
    std::shared_ptr<PortDriver> D = T ? makeDriver(*T) : nullptr;
    if (!D)
      return P.badarg();
    std::shared_ptr<PortState> S = openDriverPort(P.Pid, *T, std::move(D));
    return S ? S->Id : P.badarg();
  } else {
    return P.badarg();
  }
  if (!readSettings(Args[1], O))
    return P.badargCause(internAtom("badopt"));
  if ((O.HasArgs || O.Arg0) && O.K != OpenSpec::SpawnExecutable)
    return P.badarg();

  auto S = std::make_shared<PortState>();
  S->Frame = O.Frame;
  S->Eof = O.Eof;
  S->ExitStatus = O.ExitStatus && O.K != OpenSpec::Fd;
  S->Owner = P.Pid;
  S->Links.push_back(P.Pid);
  if (O.K == OpenSpec::Fd) {
    S->FdPort = true;
    S->Name = std::to_string(O.InFd) + "/" + std::to_string(O.OutFd);
    S->InFd = O.In ? O.InFd : -1;
    S->OutFd = O.Out ? O.OutFd : -1;
  } else {
    if (O.K == OpenSpec::SpawnExecutable) {
      // As erl: a missing file fails here; one that cannot be run gives a
      // port whose child exits with 127.
      if (::access(O.Name.c_str(), F_OK) != 0)
        return P.raiseError(internAtom("enoent"));
      O.Child.Argv.push_back(O.Arg0 ? *O.Arg0 : O.Name);
      for (std::string &A : O.Args)
        O.Child.Argv.push_back(std::move(A));
    } else {
      O.Child.Argv = {"sh", "-c", "exec " + O.Name};
    }
    std::string Exe = O.K == OpenSpec::SpawnExecutable ? O.Name : "/bin/sh";
    S->Name = O.Name;
    int ToChild[2] = {-1, -1}, FromChild[2] = {-1, -1};
    if ((O.Out && ::pipe2(ToChild, O_CLOEXEC) != 0) ||
        (O.In && ::pipe2(FromChild, O_CLOEXEC) != 0)) {
      int Err = errno;
      for (int Fd : {ToChild[0], ToChild[1], FromChild[0], FromChild[1]})
        if (Fd >= 0)
          ::close(Fd);
      return P.raiseError(internAtom(Err == EMFILE ? "emfile" : "eagain"));
    }
    O.Child.StdinFd = ToChild[0];
    O.Child.StdoutFd = FromChild[1];
    if (O.StderrToStdout)
      O.Child.StderrFd = FromChild[1];
    O.Child.Path = Exe;
    S->Child = spawnChild(O.Child);
    int Err = errno;
    if (ToChild[0] >= 0)
      ::close(ToChild[0]);
    if (FromChild[1] >= 0)
      ::close(FromChild[1]);
    if (S->Child < 0) {
      if (ToChild[1] >= 0)
        ::close(ToChild[1]);
      if (FromChild[0] >= 0)
        ::close(FromChild[0]);
      return P.raiseError(internAtom(Err == ENOMEM ? "enomem" : "eagain"));
    }
    S->OutFd = ToChild[1];
    S->InFd = FromChild[0];
  }
  if (S->InFd >= 0) {
    S->WakeFd = ::eventfd(0, EFD_CLOEXEC);
    if (S->WakeFd < 0)
      return P.raiseError(internAtom("emfile"));
  }
  PortTable::get().add(S);
  {
    std::lock_guard<SmallMutex> G(P.Signals.Lock);
    P.Signals.Links.push_back(S->Id);
  }
  if (S->InFd >= 0) {
    inputStarted();
    std::thread(readInput, S).detach();
  }
  else if (S->Child > 0)
    std::thread([Child = S->Child] { waitChild(Child); }).detach();
  return S->Id;
}

Term port_command_2(Process &P, const Term *Args) {
  std::shared_ptr<PortState> S = PortTable::get().find(Args[0]);
  if (!S || portCommand(&P, *S, Args[1]) != CommandResult::Ok)
    return P.badarg();
  return atomTerm(atoms::True);
}

Term port_command_3(Process &P, const Term *Args) {
  std::optional<std::vector<Term>> Opts = listElements(Args[2]);
  if (!Opts || std::any_of(Opts->begin(), Opts->end(), [](Term O) {
        return O != internAtom("force") && O != internAtom("nosuspend");
      }))
    return P.badargCause(internAtom("badopt"));
  return port_command_2(P, Args);
}

Term port_close_1(Process &P, const Term *Args) {
  std::shared_ptr<PortState> S = PortTable::get().find(Args[0]);
  if (!S || !closePort(*S, PortAtoms::get().Normal))
    return P.badarg();
  return atomTerm(atoms::True);
}

Term port_connect_2(Process &P, const Term *Args) {
  std::shared_ptr<PortState> S = PortTable::get().find(Args[0]);
  Process *To = Args[1].isLocalPid() ? ProcessTable::get().lookup(Args[1]) : nullptr;
  if (!S || !To)
    return P.badarg();
  {
    std::lock_guard<std::mutex> G(S->Lock);
    if (!S->Open)
      return P.badarg();
    S->Owner = Args[1];
  }
  linkPort(*To, Args[0]);
  return atomTerm(atoms::True);
}

/// The spawn and fd drivers answer no control operations; a driver's reply
/// is a list of bytes (none sets erl's binary control flag).
Term port_control_3(Process &P, const Term *Args) {
  std::shared_ptr<PortState> S = PortTable::get().find(Args[0]);
  std::string Data;
  if (!S || !S->Driver || !Args[1].isSmall() || Args[1].smallValue() < 0 ||
      Args[1].smallValue() > SWord(UINT32_MAX) || !appendIolist(Data, Args[2]))
    return P.badarg();
  {
    std::lock_guard<std::mutex> G(S->Lock);
    if (!S->Open)
      return P.badarg();
  }
  std::optional<std::string> Reply =
      S->Driver->control(P, *S, std::uint64_t(Args[1].smallValue()), Data);
  if (!Reply)
    return P.badarg();
  Term L = Term::nil();
  for (std::size_t I = Reply->size(); I-- > 0;)
    L = makeCons(P, Term::small(static_cast<unsigned char>((*Reply)[I])), L);
  return L;
}

/// erlang:port_set_data/2 and port_get_data/1 (inet_db registers a
/// socket's module so): a term kept with the port.
Term port_set_data_2(Process &P, const Term *Args) {
  std::shared_ptr<PortState> S = PortTable::get().find(Args[0]);
  if (!S)
    return P.badarg();
  Message *M = Message::create(Args[1]);
  std::lock_guard<std::mutex> G(S->Lock);
  if (!S->Open) {
    Message::destroy(M);
    return P.badarg();
  }
  std::swap(S->Data, M);
  if (M)
    Message::destroy(M);
  return atomTerm(atoms::True);
}

Term port_get_data_1(Process &P, const Term *Args) {
  std::shared_ptr<PortState> S = PortTable::get().find(Args[0]);
  if (!S)
    return P.badarg();
  std::lock_guard<std::mutex> G(S->Lock);
  if (!S->Open)
    return P.badarg();
  return S->Data ? copyTerm(S->Data->Payload, P) : atomTerm(atoms::Undefined);
}
Term port_call_2(Process &P, const Term *) { return P.badarg(); }
Term port_call_3(Process &P, const Term *) { return P.badarg(); }

Term ports_0(Process &P, const Term *) {
  std::vector<Term> Ids = PortTable::get().ids();
  return makeList(P, Ids);
}

/// `{Item, Value}` of port_info, or NoValue for an unknown item. `S.Lock`
/// is held.
static Term portInfoItem(Process &P, PortState &S, Term Item) {
  const PortAtoms &A = PortAtoms::get();
  Term V;
  if (Item == A.Name) {
    V = nativeString(P, S.Name);
  } else if (Item == A.Links) {
    V = makeList(P, S.Links);
  } else if (Item == A.Id) {
    V = Term::small(SWord(S.Id.portNumber()));
  } else if (Item == A.Connected) {
    V = S.Owner;
  } else if (Item == A.Input) {
    V = makeUnsigned(P, S.InputBytes);
  } else if (Item == A.Output) {
    V = makeUnsigned(P, S.OutputBytes);
  } else if (Item == A.OsPid) {
    V = S.Child > 0 ? Term::small(S.Child) : internAtom("undefined");
  } else if (Item == A.RegisteredName) {
    return Term::nil();
  } else if (Item == A.QueueSize) {
    V = Term::small(0);
  } else if (Item == A.Memory) {
    V = Term::small(sizeof(PortState));
  } else if (Item == A.Monitors || Item == A.MonitoredBy) {
    V = Term::nil();
  } else if (Item == A.Parallelism) {
    V = atomTerm(atoms::False);
  } else if (Item == A.Locking) {
    V = internAtom("port_level");
  } else {
    return NoValue;
  }
  return makeTuple2(P, Item, V);
}

Term port_info_1(Process &P, const Term *Args) {
  if (!Args[0].isLocalPort())
    return P.badarg();
  std::shared_ptr<PortState> S = PortTable::get().find(Args[0]);
  if (!S)
    return internAtom("undefined");
  const PortAtoms &A = PortAtoms::get();
  std::lock_guard<std::mutex> G(S->Lock);
  if (!S->Open)
    return internAtom("undefined");
  std::vector<Term> Items;
  for (Term I : {A.Name, A.Links, A.Id, A.Connected, A.Input, A.Output})
    Items.push_back(portInfoItem(P, *S, I));
  if (S->Child > 0)
    Items.push_back(portInfoItem(P, *S, A.OsPid));
  return makeList(P, Items);
}

Term port_info_2(Process &P, const Term *Args) {
  if (!Args[0].isLocalPort() || !Args[1].isAtom())
    return P.badarg();
  std::shared_ptr<PortState> S = PortTable::get().find(Args[0]);
  if (!S)
    return internAtom("undefined");
  std::lock_guard<std::mutex> G(S->Lock);
  if (!S->Open)
    return internAtom("undefined");
  Term R = portInfoItem(P, *S, Args[1]);
  return R == NoValue ? P.badarg() : R;
}

} // namespace beamr::bifs
