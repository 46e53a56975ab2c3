//===- lib/Runtime/PortInet.cpp - tcp_inet, udp_inet: erl's inet drivers --===//
///
/// \file
/// The `tcp_inet` and `udp_inet` port drivers that OTP's prim_inet talks to
/// (gen_tcp's and gen_udp's default backend): port_control requests (open,
/// bind, listen, accept, connect, recv, shutdown, socket names, options,
/// subscribe, host name) with erl's encoding, port_command for sends, and
/// the messages the drivers send (`{inet_async, S, Ref, R}`, `{inet_reply,
/// S, R}`, `{tcp, S, Data}`, `{tcp_closed, S}`, `{tcp_passive, S}`, `{udp,
/// S, IP, Port, Data}`, `{udp_passive, S}`).
///
/// Each socket has one thread, blocked in poll(2) on the socket and an
/// eventfd that control requests and closing signal. It completes what is
/// pending (accepts, a connect, a recv, with their timeouts) and, in active
/// mode, reads and delivers. The socket's state is guarded by its port's
/// lock, so its messages leave in order and none after the port closed.
/// Sends are written by the sender (port_command is a dirty BIF, so a full
/// socket blocks a dirty thread, never a scheduler); the send queue is
/// therefore always empty.
///
/// Packet modes raw, 1, 2, 4 and line are framed; the others (http, asn1,
/// ...) are refused with einval; SCTP has no driver. UDP multicast options
/// are refused with einval too.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"
#include "PortTable.h"

#include "beamr/Runtime/Process.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"

#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace beamr;
using namespace beamr::ports;

namespace {

/// prim_inet adds this to every request number.
constexpr std::uint64_t ControlMagic = 0x03f1a300;

// Request numbers (inet_int.hrl).
enum : unsigned {
  ReqOpen = 1,
  ReqClose = 2,
  ReqConnect = 3,
  ReqPeer = 4,
  ReqName = 5,
  ReqBind = 6,
  ReqSetOpts = 7,
  ReqGetOpts = 8,
  ReqGetHostname = 12,
  ReqGetFd = 14,
  ReqSubscribe = 24,
  ReqAccept = 26,
  ReqListen = 27,
  ReqRecv = 42,
  ReqShutdown = 44,
  ReqPacketRecv = 60,
};

// Address families and socket types as prim_inet encodes them.
enum : unsigned char { AfInet = 1, AfInet6 = 2, AfAny = 3, AfLoopback = 4 };
enum : unsigned char { TypeStream = 1, TypeDgram = 2 };

// Reply tags.
constexpr char RepError = 0, RepOk = 1;

// Option numbers.
enum : unsigned char {
  OptReuseaddr = 0,
  OptKeepalive = 1,
  OptDontroute = 2,
  OptLinger = 3,
  OptBroadcast = 4,
  OptOobinline = 5,
  OptSndbuf = 6,
  OptRcvbuf = 7,
  OptPriority = 8,
  OptTos = 9,
  OptNodelay = 10,
  OptV6only = 16,
  OptBuffer = 20,
  OptHeader = 21,
  OptActive = 22,
  OptPacket = 23,
  OptMode = 24,
  OptDeliver = 25,
  OptExitOnClose = 26,
  OptHighWatermark = 27,
  OptLowWatermark = 28,
  OptSendTimeout = 30,
  OptDelaySend = 31,
  OptPacketSize = 32,
  OptReadPackets = 33,
  OptSendTimeoutClose = 35,
  OptHighMsgqWatermark = 36,
  OptLowMsgqWatermark = 37,
  OptShowEconnreset = 39,
  OptLineDelimiter = 40,
  OptTclass = 41,
  OptRecvtos = 43,
  OptRecvtclass = 44,
  OptTtl = 46,
  OptRecvttl = 47,
  OptNopush = 48,
};

// Active modes and packet types.
enum : int { Passive = 0, Active = 1, Once = 2, Multi = 3 };
enum : int { PacketRaw = 0, Packet1 = 1, Packet2 = 2, Packet4 = 3, PacketLine = 8 };

struct InetAtoms {
  Term Tcp, TcpClosed, TcpPassive, InetAsync, InetReply, Ok, Error, Closed, Timeout, Data,
      Normal, Udp, UdpPassive;
  static const InetAtoms &get() {
    static const InetAtoms A{internAtom("tcp"),        internAtom("tcp_closed"),
                             internAtom("tcp_passive"), internAtom("inet_async"),
                             internAtom("inet_reply"), atomTerm(atoms::Ok),
                             atomTerm(atoms::Error),   internAtom("closed"),
                             internAtom("timeout"),    internAtom("data"),
                             internAtom("normal"),     internAtom("udp"),
                             internAtom("udp_passive")};
    return A;
  }
};

std::uint32_t get32(std::string_view D, std::size_t At) {
  return std::uint32_t(static_cast<unsigned char>(D[At])) << 24 |
         std::uint32_t(static_cast<unsigned char>(D[At + 1])) << 16 |
         std::uint32_t(static_cast<unsigned char>(D[At + 2])) << 8 |
         std::uint32_t(static_cast<unsigned char>(D[At + 3]));
}
unsigned get16(std::string_view D, std::size_t At) {
  return unsigned(static_cast<unsigned char>(D[At])) << 8 | static_cast<unsigned char>(D[At + 1]);
}
void put32(std::string &Out, std::uint32_t V) {
  for (int Shift = 24; Shift >= 0; Shift -= 8)
    Out += char((V >> Shift) & 0xFF);
}
void put16(std::string &Out, unsigned V) {
  Out += char((V >> 8) & 0xFF);
  Out += char(V & 0xFF);
}

std::string ok(std::string_view Rest = {}) { return std::string(1, RepOk) + std::string(Rest); }
std::string error(int Err) {
  return std::string(1, RepError) + std::string(AtomTable::get().name(posixAtom(Err)));
}

using Clock = std::chrono::steady_clock;

/// An accept, connect or recv waiting for the socket: its caller, its
/// reference, when it times out.
struct Waiter {
  Term Caller;
  unsigned Ref;
  std::optional<Clock::time_point> Deadline;
  std::size_t Length = 0; ///< A recv's byte count (0: a packet, or what is there).
};

/// A decoded socket address (sockaddr_in or sockaddr_in6).
struct Address {
  sockaddr_storage Storage{};
  socklen_t Length = 0;
};

/// prim_inet's address: [Family, Port16, IP bytes]; `Used` gets the bytes
/// read. Nothing for a bad one.
std::optional<Address> decodeAddress(std::string_view D, int SocketFamily, std::size_t &Used) {
  if (D.size() < 3)
    return std::nullopt;
  unsigned char F = static_cast<unsigned char>(D[0]);
  unsigned Port = get16(D, 1);
  Address A;
  bool Six = F == AfInet6 || ((F == AfAny || F == AfLoopback) && SocketFamily == AF_INET6);
  if (Six) {
    sockaddr_in6 &S = *reinterpret_cast<sockaddr_in6 *>(&A.Storage);
    S.sin6_family = AF_INET6;
    S.sin6_port = htons(std::uint16_t(Port));
    if (F == AfInet6) {
      if (D.size() < 3 + 16 + 8)
        return std::nullopt;
      std::memcpy(&S.sin6_addr, D.data() + 3, 16);
      S.sin6_flowinfo = htonl(get32(D, 19));
      S.sin6_scope_id = get32(D, 23);
      Used = 27;
    } else {
      S.sin6_addr = F == AfAny ? in6addr_any : in6addr_loopback;
      Used = 3;
    }
    A.Length = sizeof(sockaddr_in6);
  } else {
    sockaddr_in &S = *reinterpret_cast<sockaddr_in *>(&A.Storage);
    S.sin_family = AF_INET;
    S.sin_port = htons(std::uint16_t(Port));
    if (F == AfInet) {
      if (D.size() < 7)
        return std::nullopt;
      std::memcpy(&S.sin_addr, D.data() + 3, 4);
      Used = 7;
    } else if (F == AfAny || F == AfLoopback) {
      S.sin_addr.s_addr = htonl(F == AfAny ? INADDR_ANY : INADDR_LOOPBACK);
      Used = 3;
    } else {
      return std::nullopt;
    }
    A.Length = sizeof(sockaddr_in);
  }
  return A;
}

/// [Family, Port16, IP bytes] for an address the kernel gave.
std::string encodeAddress(const sockaddr_storage &S) {
  std::string Out;
  if (S.ss_family == AF_INET6) {
    const sockaddr_in6 &A = reinterpret_cast<const sockaddr_in6 &>(S);
    Out += char(AfInet6);
    put16(Out, ntohs(A.sin6_port));
    Out.append(reinterpret_cast<const char *>(&A.sin6_addr), 16);
  } else {
    const sockaddr_in &A = reinterpret_cast<const sockaddr_in &>(S);
    Out += char(AfInet);
    put16(Out, ntohs(A.sin_port));
    Out.append(reinterpret_cast<const char *>(&A.sin_addr), 4);
  }
  return Out;
}

class InetSocket : public PortDriver, public std::enable_shared_from_this<InetSocket> {
public:
  explicit InetSocket(bool Datagram) : Datagram(Datagram) {}
  /// A socket that accept(2) gave, connected already.
  static std::shared_ptr<InetSocket> accepted(int Fd, int Family, const InetSocket &Listener);

  std::optional<std::string> control(Process &Caller, PortState &S, std::uint64_t Op,
                                     std::string_view Data) override;
  bool output(Process &Caller, PortState &S, std::string_view Bytes) override;
  void closed(PortState &S) override;

private:
  enum class State { Unopened, Open, Listening, Connecting, Connected };

  const bool Datagram; ///< udp_inet: datagrams, no stream state.
  // Under the port's lock.
  State St = State::Unopened;
  bool Bound = false;
  /// Whether input can come: a connected stream, a bound datagram socket.
  bool readable() const { return Datagram ? Bound || St == State::Connected : St == State::Connected; }
  int Fd = -1, Family = AF_INET;
  int WakeFd = -1;
  bool ThreadRunning = false, Stopping = false;
  unsigned Sending = 0; ///< Senders writing outside the lock.
  bool PeerClosed = false, ReadShut = false;
  std::deque<Waiter> Accepts;
  std::optional<Waiter> Connect, Recv;
  unsigned NextRef = 0;
  std::string In; ///< Read and not yet delivered.

  // Driver options.
  int ActiveMode = Active, ActiveN = 0;
  bool Binary = false, DeliverTerm = true, ExitOnClose = true, DelaySend = false,
       SendTimeoutClose = false, ShowEconnreset = false;
  int PacketType = PacketRaw;
  unsigned Header = 0, PacketSize = 0, ReadPackets = 5;
  unsigned Buffer = 1460, HighWatermark = 8192, LowWatermark = 4096,
           HighMsgqWatermark = 8192, LowMsgqWatermark = 4096;
  int SendTimeout = -1;
  unsigned char LineDelimiter = '\n';
  std::optional<int> Priority; ///< As last set, restored after a TOS change.
  /// Socket options set before the socket exists (prim_inet sets the
  /// options, then opens): applied at open.
  std::vector<std::pair<unsigned char, std::string>> Early;

  std::string open(std::string_view D);
  std::string setOptions(PortState &S, std::string_view D);
  std::string getOptions(std::string_view D);
  /// Applies one socket-level option; an errno, or 0.
  int socketOption(unsigned char Opt, std::string_view Value);
  std::optional<std::string> readSocketOption(unsigned char Opt);
  void startThread(PortState &S);
  /// Closes the descriptor of a closed port once nothing uses it; the
  /// port's lock is held.
  void releaseIfLast();
  void wake();
  void run(std::shared_ptr<PortState> S);
  /// What the thread waits for; `S.Lock` held.
  short events() const;
  std::optional<Clock::time_point> nextDeadline() const;
  /// The thread's work after poll; `S.Lock` held. False: the port closes
  /// with `normal` (end of input in active mode with exit_on_close).
  bool service(PortState &S, short Revents);
  void expire(PortState &S);
  /// Takes what is there into `In`; false at end of input or on an error.
  bool fill();
  /// The next packet of `In` as a recv of `Length` or an active read would
  /// take it, or nothing yet.
  std::optional<std::string> nextPacket(std::size_t Length);
  Term dataTerm(TermAllocator &A, std::string_view Bytes) const;
  void deliver(PortState &S);
  /// One active delivery done: once and N count down (passive at zero,
  /// with tcp_passive / udp_passive for N).
  void countDelivery(PortState &S);
  /// Reads and delivers datagrams while someone takes them (at most
  /// read_packets of them).
  void readDatagrams(PortState &S);
  bool outputDatagram(Process &Caller, PortState &S, std::string_view Bytes);
  /// The peer closed: what is pending hears `closed`, an active socket's
  /// owner gets tcp_closed. True when the port should then close.
  bool endOfInput(PortState &S);
  void reply(PortState &S, Term To, unsigned Ref, Term Result);
  unsigned newRef() { return NextRef++ & 0xFFFF; }
  static std::optional<Clock::time_point> deadlineOf(std::uint32_t Ms) {
    if (Ms == 0xFFFFFFFFu)
      return std::nullopt;
    return Clock::now() + std::chrono::milliseconds(Ms);
  }
};

std::shared_ptr<InetSocket> InetSocket::accepted(int Fd, int Family, const InetSocket &L) {
  auto T = std::make_shared<InetSocket>(false);
  T->St = State::Connected;
  T->Fd = Fd;
  T->Family = Family;
  // The listener's driver options carry over (prim_inet copies the socket
  // options it cares about itself).
  T->ActiveMode = L.ActiveMode == Multi ? Active : L.ActiveMode;
  T->Binary = L.Binary;
  T->DeliverTerm = L.DeliverTerm;
  T->ExitOnClose = L.ExitOnClose;
  T->PacketType = L.PacketType;
  T->Header = L.Header;
  T->PacketSize = L.PacketSize;
  T->Buffer = L.Buffer;
  T->LineDelimiter = L.LineDelimiter;
  T->SendTimeout = L.SendTimeout;
  return T;
}

void InetSocket::wake() {
  if (WakeFd >= 0) {
    std::uint64_t One = 1;
    [[maybe_unused]] ssize_t N = ::write(WakeFd, &One, sizeof One);
  }
}

void InetSocket::startThread(PortState &S) {
  if (ThreadRunning)
    return;
  WakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  ThreadRunning = true;
  inputStarted();
  std::shared_ptr<PortState> Self = PortTable::get().find(S.Id);
  std::thread([T = shared_from_this(), Self] {
    T->run(Self);
    inputStopped();
  }).detach();
}

std::string InetSocket::open(std::string_view D) {
  if (St != State::Unopened || D.size() < 2)
    return error(EINVAL);
  unsigned char F = static_cast<unsigned char>(D[0]), Type = static_cast<unsigned char>(D[1]);
  if (Type != (Datagram ? TypeDgram : TypeStream) || (F != AfInet && F != AfInet6))
    return error(EAFNOSUPPORT);
  Family = F == AfInet ? AF_INET : AF_INET6;
  Fd = ::socket(Family, (Datagram ? SOCK_DGRAM : SOCK_STREAM) | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (Fd < 0)
    return error(errno);
  St = State::Open;
  for (auto &[Opt, Value] : Early)
    if (int Err = socketOption(Opt, Value))
      return error(Err);
  Early.clear();
  return ok();
}

/// The (level, name) of a socket option that holds an int, or nothing.
std::optional<std::pair<int, int>> intOption(unsigned char Opt) {
  switch (Opt) {
  case OptReuseaddr: return std::pair(SOL_SOCKET, SO_REUSEADDR);
  case OptKeepalive: return std::pair(SOL_SOCKET, SO_KEEPALIVE);
  case OptDontroute: return std::pair(SOL_SOCKET, SO_DONTROUTE);
  case OptBroadcast: return std::pair(SOL_SOCKET, SO_BROADCAST);
  case OptOobinline: return std::pair(SOL_SOCKET, SO_OOBINLINE);
  case OptSndbuf: return std::pair(SOL_SOCKET, SO_SNDBUF);
  case OptRcvbuf: return std::pair(SOL_SOCKET, SO_RCVBUF);
  case OptPriority: return std::pair(SOL_SOCKET, SO_PRIORITY);
  case OptTos: return std::pair(IPPROTO_IP, IP_TOS);
  case OptTtl: return std::pair(IPPROTO_IP, IP_TTL);
  case OptRecvtos: return std::pair(IPPROTO_IP, IP_RECVTOS);
  case OptRecvttl: return std::pair(IPPROTO_IP, IP_RECVTTL);
  case OptRecvtclass: return std::pair(IPPROTO_IPV6, IPV6_RECVTCLASS);
  case OptTclass: return std::pair(IPPROTO_IPV6, IPV6_TCLASS);
  case OptNodelay: return std::pair(IPPROTO_TCP, TCP_NODELAY);
  case OptNopush: return std::pair(IPPROTO_TCP, TCP_CORK);
  case OptV6only: return std::pair(IPPROTO_IPV6, IPV6_V6ONLY);
  default: return std::nullopt;
  }
}

int InetSocket::socketOption(unsigned char Opt, std::string_view V) {
  if (Opt == OptLinger) {
    linger L{int(get32(V, 0) != 0), int(get32(V, 4))};
    return ::setsockopt(Fd, SOL_SOCKET, SO_LINGER, &L, sizeof L) == 0 ? 0 : errno;
  }
  std::optional<std::pair<int, int>> LN = intOption(Opt);
  if (!LN)
    return EINVAL;
  auto [Level, Name] = *LN;
  if ((Level == IPPROTO_IP && Family == AF_INET6) || (Level == IPPROTO_IPV6 && Family == AF_INET))
    return 0; // One family's options on the other's socket: ignored.
  int Value = int(get32(V, 0));
  if (Opt == OptRcvbuf || Opt == OptSndbuf)
    Value = std::max(Value, 1);
  if (::setsockopt(Fd, Level, Name, &Value, sizeof Value) != 0)
    return errno;
  // Linux resets the priority when the TOS changes; erl sets it again.
  if (Opt == OptPriority)
    Priority = Value;
  else if (Opt == OptTos && Priority)
    ::setsockopt(Fd, SOL_SOCKET, SO_PRIORITY, &*Priority, sizeof *Priority);
  return 0;
}

std::optional<std::string> InetSocket::readSocketOption(unsigned char Opt) {
  if (Opt == OptLinger) {
    linger L{};
    socklen_t N = sizeof L;
    if (::getsockopt(Fd, SOL_SOCKET, SO_LINGER, &L, &N) != 0)
      return std::nullopt;
    std::string Out;
    put32(Out, L.l_onoff ? 1 : 0);
    put32(Out, std::uint32_t(L.l_linger));
    return Out;
  }
  std::optional<std::pair<int, int>> LN = intOption(Opt);
  if (!LN)
    return std::nullopt;
  auto [Level, Name] = *LN;
  int Value = 0;
  socklen_t N = sizeof Value;
  if ((Level == IPPROTO_IP && Family == AF_INET6) || (Level == IPPROTO_IPV6 && Family == AF_INET))
    Value = 0; // One family's options on the other's socket read as 0.
  else if (::getsockopt(Fd, Level, Name, &Value, &N) != 0)
    return std::nullopt;
  std::string Out;
  put32(Out, std::uint32_t(Value));
  return Out;
}

std::string InetSocket::setOptions(PortState &S, std::string_view D) {
  std::size_t At = 0;
  auto Need = [&](std::size_t N) { return D.size() - At >= N; };
  while (At < D.size()) {
    unsigned char Opt = static_cast<unsigned char>(D[At++]);
    if (Opt == OptLinger) {
      if (!Need(8))
        return error(EINVAL);
      std::string_view V = D.substr(At, 8);
      At += 8;
      if (Fd < 0)
        Early.emplace_back(Opt, std::string(V));
      else if (int Err = socketOption(Opt, V))
        return error(Err);
      continue;
    }
    if (!Need(4))
      return error(EINVAL);
    std::uint32_t U = get32(D, At);
    int V = int(U);
    At += 4;
    switch (Opt) {
    case OptActive:
      if (V == Multi) {
        if (!Need(2))
          return error(EINVAL);
        int N = std::int16_t(get16(D, At));
        At += 2;
        // {active, N} adds to the count; at zero or below the socket
        // goes passive and tells its owner.
        long Sum = long(ActiveMode == Multi ? ActiveN : 0) + N;
        if (Sum > 32767)
          return error(EINVAL);
        if (Sum <= 0) {
          ActiveMode = Passive;
          ActiveN = 0;
          TermArena A;
          Term Elems[] = {Datagram ? InetAtoms::get().UdpPassive : InetAtoms::get().TcpPassive, S.Id};
          sendMessage(S.Owner, makeTuple(A, Elems));
        } else {
          ActiveMode = Multi;
          ActiveN = int(Sum);
        }
      } else if (V >= Passive && V <= Once) {
        ActiveMode = V;
        ActiveN = 0;
      } else {
        return error(EINVAL);
      }
      break;
    case OptPacket:
      if (V != PacketRaw && V != Packet1 && V != Packet2 && V != Packet4 && V != PacketLine)
        return error(EINVAL); // http, asn1, ...: not framed here.
      PacketType = V;
      break;
    case OptMode: Binary = V == 1; break;
    case OptDeliver: DeliverTerm = V == 1; break;
    case OptExitOnClose: ExitOnClose = V != 0; break;
    case OptHeader: Header = U; break;
    case OptBuffer: Buffer = std::max<std::uint32_t>(U, 1); break;
    case OptPacketSize: PacketSize = U; break;
    case OptReadPackets: ReadPackets = U; break;
    case OptHighWatermark: HighWatermark = U; break;
    case OptLowWatermark: LowWatermark = U; break;
    case OptHighMsgqWatermark: HighMsgqWatermark = U; break;
    case OptLowMsgqWatermark: LowMsgqWatermark = U; break;
    case OptSendTimeout: SendTimeout = V; break;
    case OptSendTimeoutClose: SendTimeoutClose = V != 0; break;
    case OptDelaySend: DelaySend = V != 0; break;
    case OptShowEconnreset: ShowEconnreset = V != 0; break;
    case OptLineDelimiter: LineDelimiter = static_cast<unsigned char>(U); break;
    default:
      if (Fd < 0) {
        Early.emplace_back(Opt, std::string(D.substr(At - 4, 4)));
      } else if (int Err = socketOption(Opt, D.substr(At - 4, 4))) {
        return error(Err);
      }
    }
  }
  // The active mode may have changed what the thread waits for.
  if (readable() && ActiveMode != Passive)
    startThread(S);
  wake();
  return ok();
}

std::string InetSocket::getOptions(std::string_view D) {
  std::string Out(1, RepOk);
  for (char C : D) {
    unsigned char Opt = static_cast<unsigned char>(C);
    Out += char(Opt);
    auto Put = [&](long V) { put32(Out, std::uint32_t(V)); };
    switch (Opt) {
    case OptActive:
      Put(ActiveMode);
      if (ActiveMode == Multi)
        put16(Out, unsigned(ActiveN));
      break;
    case OptPacket: Put(PacketType); break;
    case OptMode: Put(Binary); break;
    case OptDeliver: Put(DeliverTerm); break;
    case OptExitOnClose: Put(ExitOnClose); break;
    case OptHeader: Put(Header); break;
    case OptBuffer: Put(Buffer); break;
    case OptPacketSize: Put(PacketSize); break;
    case OptReadPackets: Put(ReadPackets); break;
    case OptHighWatermark: Put(HighWatermark); break;
    case OptLowWatermark: Put(LowWatermark); break;
    case OptHighMsgqWatermark: Put(HighMsgqWatermark); break;
    case OptLowMsgqWatermark: Put(LowMsgqWatermark); break;
    case OptSendTimeout: Put(SendTimeout); break;
    case OptSendTimeoutClose: Put(SendTimeoutClose); break;
    case OptDelaySend: Put(DelaySend); break;
    case OptShowEconnreset: Put(ShowEconnreset); break;
    default: {
      // line_delimiter is set-only, as on erl.
      if (Fd < 0 || Opt == OptLineDelimiter)
        return error(EINVAL);
      std::optional<std::string> V = readSocketOption(Opt);
      if (!V)
        return error(EINVAL);
      Out += *V;
    }
    }
  }
  return Out;
}

std::optional<std::string> InetSocket::control(Process &Caller, PortState &S, std::uint64_t Op,
                                              std::string_view D) {
  if (Op < ControlMagic)
    return std::nullopt;
  unsigned Req = unsigned(Op - ControlMagic);
  std::lock_guard<std::mutex> G(S.Lock);
  if (!S.Open)
    return std::nullopt;
  switch (Req) {
  case ReqOpen:
    return open(D);
  case ReqSetOpts:
    return setOptions(S, D);
  case ReqGetOpts:
    return getOptions(D);
  case ReqGetHostname: {
    char Name[256] = {};
    if (::gethostname(Name, sizeof Name - 1) != 0)
      return error(errno);
    return ok(Name);
  }
  case ReqSubscribe: {
    // Sends are written at once: the output queue is always empty.
    std::string Out(1, RepOk);
    for (char C : D) {
      if (C != 1)
        return error(EINVAL);
      Out += C;
      put32(Out, 0);
    }
    return Out;
  }
  default:
    break;
  }
  if (St == State::Unopened)
    return error(EINVAL);
  switch (Req) {
  case ReqBind: {
    std::size_t Used = 0;
    std::optional<Address> A = decodeAddress(D, Family, Used);
    if (!A || St != State::Open)
      return error(EINVAL);
    if (::bind(Fd, reinterpret_cast<sockaddr *>(&A->Storage), A->Length) != 0)
      return error(errno);
    sockaddr_storage Bound{};
    socklen_t N = sizeof Bound;
    if (::getsockname(Fd, reinterpret_cast<sockaddr *>(&Bound), &N) != 0)
      return error(errno);
    std::string Out(1, RepOk);
    put16(Out, ntohs(reinterpret_cast<sockaddr_in &>(Bound).sin_port));
    this->Bound = true;
    if (readable() && ActiveMode != Passive)
      startThread(S);
    return Out;
  }
  case ReqListen: {
    if (D.size() < 2 || St != State::Open)
      return error(EINVAL);
    int Backlog = std::int16_t(get16(D, 0));
    if (::listen(Fd, Backlog) != 0)
      return error(errno);
    St = State::Listening;
    return ok();
  }
  case ReqAccept: {
    if (D.size() < 4)
      return error(EINVAL);
    if (St != State::Listening)
      return error(ENOTCONN);
    unsigned Ref = newRef();
    Accepts.push_back({Caller.Pid, Ref, deadlineOf(get32(D, 0))});
    startThread(S);
    wake();
    std::string Out(1, RepOk);
    put16(Out, Ref);
    return Out;
  }
  case ReqConnect: {
    if (D.size() < 4 || St != State::Open)
      return error(St == State::Connected ? EISCONN : EINVAL);
    std::size_t Used = 0;
    std::optional<Address> A = decodeAddress(D.substr(4), Family, Used);
    if (!A)
      return error(EINVAL);
    unsigned Ref = newRef();
    std::string Out(1, RepOk);
    put16(Out, Ref);
    int R = ::connect(Fd, reinterpret_cast<sockaddr *>(&A->Storage), A->Length);
    if (R == 0) {
      St = State::Connected;
      reply(S, Caller.Pid, Ref, InetAtoms::get().Ok);
      if (!Datagram || ActiveMode != Passive)
        startThread(S);
      return Out;
    }
    if (errno != EINPROGRESS)
      return error(errno);
    St = State::Connecting;
    Connect = Waiter{Caller.Pid, Ref, deadlineOf(get32(D, 0))};
    startThread(S);
    wake();
    return Out;
  }
  case ReqRecv:
  case ReqPacketRecv: {
    if (D.size() < 8 || (Req == ReqPacketRecv) != Datagram)
      return error(EINVAL);
    if (!readable())
      return error(ENOTCONN);
    if (ActiveMode != Passive)
      return error(EINVAL);
    if (Recv)
      return error(EALREADY);
    std::size_t Length = Datagram ? 0 : get32(D, 4);
    if (Length > 0 && PacketType != PacketRaw)
      return error(EINVAL);
    unsigned Ref = newRef();
    std::string Out(1, RepOk);
    put16(Out, Ref);
    Recv = Waiter{Caller.Pid, Ref, deadlineOf(get32(D, 0)), Length};
    if (!Datagram)
      deliver(S); // Buffered input may complete it at once.
    if (Recv && PeerClosed) {
      reply(S, Caller.Pid, Ref, makeTuple2(Caller, InetAtoms::get().Error, InetAtoms::get().Closed));
      Recv.reset();
    }
    startThread(S);
    wake();
    return Out;
  }
  case ReqShutdown: {
    if (D.size() < 1 || St != State::Connected)
      return error(ENOTCONN);
    int How = D[0] == 0 ? SHUT_RD : D[0] == 1 ? SHUT_WR : SHUT_RDWR;
    if (::shutdown(Fd, How) != 0)
      return error(errno);
    return ok();
  }
  case ReqName:
  case ReqPeer: {
    sockaddr_storage A{};
    socklen_t N = sizeof A;
    int R = Req == ReqName ? ::getsockname(Fd, reinterpret_cast<sockaddr *>(&A), &N)
                           : ::getpeername(Fd, reinterpret_cast<sockaddr *>(&A), &N);
    if (R != 0)
      return error(errno);
    return ok(encodeAddress(A));
  }
  case ReqGetFd: {
    std::string Out(1, RepOk);
    put32(Out, std::uint32_t(Fd));
    return Out;
  }
  default:
    return error(EINVAL);
  }
}

bool InetSocket::output(Process &Caller, PortState &S, std::string_view Bytes) {
  if (Datagram)
    return outputDatagram(Caller, S, Bytes);
  const InetAtoms &A = InetAtoms::get();
  std::string Framed;
  std::string_view Out = Bytes;
  int Err = 0;
  {
    std::lock_guard<std::mutex> G(S.Lock);
    if (!S.Open)
      return false;
    if (St != State::Connected || PeerClosed) {
      TermArena Ar;
      Term Reason = St == State::Connected ? A.Closed : posixAtom(ENOTCONN);
      Term Elems[] = {A.InetReply, S.Id, pairOf(Ar, A.Error, Reason)};
      sendMessage(Caller.Pid, makeTuple(Ar, Elems));
      return true;
    }
    unsigned H = PacketType == Packet1 ? 1 : PacketType == Packet2 ? 2 : PacketType == Packet4 ? 4 : 0;
    if (H) {
      // As erl: a length too big for the header is cut to its low bytes.
      for (unsigned I = H; I-- > 0;)
        Framed += char((Bytes.size() >> (8 * I)) & 0xFF);
      Framed += Bytes;
      Out = Framed;
    }
    ++Sending;
  }
  const int To = Fd; // Stays open while Sending counts this send.
  // Written outside the lock, so that the thread can still deliver input
  // while a large send waits for room.
  std::size_t Done = 0;
  while (!Err && Done < Out.size()) {
    ssize_t N = ::send(To, Out.data() + Done, Out.size() - Done, MSG_NOSIGNAL);
    if (N > 0) {
      Done += std::size_t(N);
      continue;
    }
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0 && errno == EAGAIN) {
      pollfd P{To, POLLOUT, 0};
      int R = ::poll(&P, 1, SendTimeout < 0 ? -1 : SendTimeout);
      if (R == 0)
        Err = ETIMEDOUT;
      continue;
    }
    Err = errno;
  }
  std::lock_guard<std::mutex> G(S.Lock);
  --Sending;
  releaseIfLast();
  if (!S.Open)
    return true;
  if (!Err)
    S.OutputBytes += Bytes.size();
  TermArena Ar;
  Term Status = A.Ok;
  if (Err == ETIMEDOUT)
    Status = pairOf(Ar, A.Error, A.Timeout);
  else if (Err)
    Status = pairOf(Ar, A.Error, (Err == EPIPE || Err == ECONNRESET) ? A.Closed : posixAtom(Err));
  Term Elems[] = {A.InetReply, S.Id, Status};
  sendMessage(Caller.Pid, makeTuple(Ar, Elems));
  return true;
}

void InetSocket::closed(PortState &S) {
  std::lock_guard<std::mutex> G(S.Lock);
  Stopping = true;
  if (Fd < 0)
    return;
  if (ThreadRunning || Sending) {
    // Its last user closes the descriptor (so its number is not reused
    // under them); the socket stops now, as erl's does.
    ::shutdown(Fd, SHUT_RDWR);
    wake();
    return;
  }
  ::close(Fd);
  Fd = -1;
}

void InetSocket::releaseIfLast() {
  if (Stopping && !ThreadRunning && Sending == 0 && Fd >= 0) {
    ::close(Fd);
    Fd = -1;
  }
}

void InetSocket::reply(PortState &S, Term To, unsigned Ref, Term Result) {
  TermArena A;
  Term Elems[] = {InetAtoms::get().InetAsync, S.Id, Term::small(SWord(Ref)), Result};
  sendMessage(To, makeTuple(A, Elems));
}

short InetSocket::events() const {
  short E = 0;
  if (St == State::Listening && !Accepts.empty())
    E |= POLLIN;
  if (St == State::Connecting)
    E |= POLLOUT;
  if (readable() && !PeerClosed && (ActiveMode != Passive || Recv))
    E |= POLLIN;
  return E;
}

std::optional<Clock::time_point> InetSocket::nextDeadline() const {
  std::optional<Clock::time_point> D;
  auto Consider = [&](const Waiter &W) {
    if (W.Deadline && (!D || *W.Deadline < *D))
      D = W.Deadline;
  };
  for (const Waiter &W : Accepts)
    Consider(W);
  if (Connect)
    Consider(*Connect);
  if (Recv)
    Consider(*Recv);
  return D;
}

void InetSocket::expire(PortState &S) {
  const InetAtoms &A = InetAtoms::get();
  Clock::time_point Now = Clock::now();
  auto Due = [&](const Waiter &W) { return W.Deadline && *W.Deadline <= Now; };
  TermArena Ar;
  Term Timeout = pairOf(Ar, A.Error, A.Timeout);
  for (auto It = Accepts.begin(); It != Accepts.end();) {
    if (Due(*It)) {
      reply(S, It->Caller, It->Ref, Timeout);
      It = Accepts.erase(It);
    } else {
      ++It;
    }
  }
  if (Connect && Due(*Connect)) {
    reply(S, Connect->Caller, Connect->Ref, Timeout);
    Connect.reset();
  }
  if (Recv && Due(*Recv)) {
    reply(S, Recv->Caller, Recv->Ref, Timeout);
    Recv.reset();
  }
}

bool InetSocket::fill() {
  char Buf[65536];
  for (;;) {
    ssize_t N = ::recv(Fd, Buf, sizeof Buf, 0);
    if (N > 0) {
      In.append(Buf, std::size_t(N));
      if (std::size_t(N) < sizeof Buf)
        return true;
      continue;
    }
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0 && errno == EAGAIN)
      return true;
    return false; // End of input, or a reset (erl reports both as closed).
  }
}

std::optional<std::string> InetSocket::nextPacket(std::size_t Length) {
  std::string Out;
  switch (PacketType) {
  case PacketRaw: {
    if (In.empty() || In.size() < Length)
      return std::nullopt;
    std::size_t N = Length ? Length : In.size();
    Out = In.substr(0, N);
    In.erase(0, N);
    return Out;
  }
  case Packet1:
  case Packet2:
  case Packet4: {
    std::size_t H = PacketType == Packet1 ? 1 : PacketType == Packet2 ? 2 : 4;
    if (In.size() < H)
      return std::nullopt;
    std::size_t Len = 0;
    for (std::size_t I = 0; I < H; ++I)
      Len = Len << 8 | static_cast<unsigned char>(In[I]);
    if (In.size() - H < Len)
      return std::nullopt;
    Out = In.substr(H, Len);
    In.erase(0, H + Len);
    return Out;
  }
  case PacketLine: {
    std::size_t End = In.find(char(LineDelimiter));
    std::size_t Max = std::max<std::size_t>(Buffer, 1);
    if (End == std::string::npos || End >= Max) {
      if (In.size() < Max)
        return std::nullopt;
      End = Max - 1; // A line longer than the buffer comes in pieces.
    }
    Out = In.substr(0, End + 1);
    In.erase(0, End + 1);
    return Out;
  }
  }
  return std::nullopt;
}

Term InetSocket::dataTerm(TermAllocator &A, std::string_view Bytes) const {
  auto Bin = [&](std::string_view B) {
    return makeBinary(A, std::span<const unsigned char>(
                             reinterpret_cast<const unsigned char *>(B.data()), B.size()));
  };
  if (Binary && Header == 0)
    return Bin(Bytes);
  // A list, or in binary mode `Header` bytes as a list before the rest.
  std::size_t ListBytes = Binary ? std::min<std::size_t>(Header, Bytes.size()) : Bytes.size();
  Term Tail = Binary ? Bin(Bytes.substr(ListBytes)) : Term::nil();
  for (std::size_t I = ListBytes; I-- > 0;)
    Tail = makeCons(A, Term::small(static_cast<unsigned char>(Bytes[I])), Tail);
  return Tail;
}

void InetSocket::deliver(PortState &S) {
  const InetAtoms &A = InetAtoms::get();
  if (Recv) {
    if (std::optional<std::string> P = nextPacket(Recv->Length)) {
      S.InputBytes += P->size();
      TermArena Ar;
      reply(S, Recv->Caller, Recv->Ref, pairOf(Ar, A.Ok, dataTerm(Ar, *P)));
      Recv.reset();
    }
    return;
  }
  while (ActiveMode != Passive) {
    std::optional<std::string> P = nextPacket(0);
    if (!P)
      return;
    S.InputBytes += P->size();
    TermArena Ar;
    if (DeliverTerm) {
      Term Elems[] = {A.Tcp, S.Id, dataTerm(Ar, *P)};
      sendMessage(S.Owner, makeTuple(Ar, Elems));
    } else {
      sendToOwner(S, pairOf(Ar, A.Data, dataTerm(Ar, *P)));
    }
    countDelivery(S);
  }
}

void InetSocket::countDelivery(PortState &S) {
  if (ActiveMode == Once) {
    ActiveMode = Passive;
  } else if (ActiveMode == Multi && --ActiveN == 0) {
    ActiveMode = Passive;
    const InetAtoms &A = InetAtoms::get();
    TermArena Ar;
    Term Elems[] = {Datagram ? A.UdpPassive : A.TcpPassive, S.Id};
    sendMessage(S.Owner, makeTuple(Ar, Elems));
  }
}

bool InetSocket::endOfInput(PortState &S) {
  const InetAtoms &A = InetAtoms::get();
  PeerClosed = true;
  if (Recv) {
    TermArena Ar;
    reply(S, Recv->Caller, Recv->Ref, pairOf(Ar, A.Error, A.Closed));
    Recv.reset();
  }
  if (ActiveMode != Passive) {
    In.clear();
    TermArena Ar;
    Term Elems[] = {A.TcpClosed, S.Id};
    sendMessage(S.Owner, makeTuple(Ar, Elems));
    return ExitOnClose; // The port exits with `normal`, as erl's does.
  }
  return false;
}

bool InetSocket::service(PortState &S, short Revents) {
  const InetAtoms &A = InetAtoms::get();
  if (St == State::Connecting && Connect && (Revents & (POLLOUT | POLLERR | POLLHUP))) {
    int Err = 0;
    socklen_t N = sizeof Err;
    ::getsockopt(Fd, SOL_SOCKET, SO_ERROR, &Err, &N);
    TermArena Ar;
    if (Err == 0) {
      St = State::Connected;
      reply(S, Connect->Caller, Connect->Ref, A.Ok);
    } else {
      St = State::Open;
      reply(S, Connect->Caller, Connect->Ref, pairOf(Ar, A.Error, posixAtom(Err)));
    }
    Connect.reset();
    return true;
  }
  if (St == State::Listening && !Accepts.empty() && (Revents & POLLIN)) {
    sockaddr_storage Peer{};
    socklen_t N = sizeof Peer;
    int New = ::accept4(Fd, reinterpret_cast<sockaddr *>(&Peer), &N, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (New < 0)
      return true; // EAGAIN (another took it) or a transient error: wait on.
    Waiter W = Accepts.front();
    Accepts.pop_front();
    auto D = InetSocket::accepted(New, Peer.ss_family == AF_INET6 ? AF_INET6 : AF_INET, *this);
    std::shared_ptr<PortState> NS = openDriverPort(W.Caller, "tcp_inet", D);
    TermArena Ar;
    if (!NS) {
      ::close(New);
      D->Fd = -1;
      return true;
    }
    {
      std::lock_guard<std::mutex> G(NS->Lock);
      if (D->ActiveMode != Passive)
        D->startThread(*NS);
    }
    reply(S, W.Caller, W.Ref, pairOf(Ar, A.Ok, NS->Id));
    return true;
  }
  if (Datagram) {
    if (Revents & (POLLIN | POLLERR))
      readDatagrams(S);
    return true;
  }
  if (St == State::Connected && (Revents & (POLLIN | POLLHUP | POLLERR))) {
    bool More = fill();
    deliver(S);
    if (!More)
      return !endOfInput(S);
  }
  return true;
}

void InetSocket::run(std::shared_ptr<PortState> S) {
  for (;;) {
    short Events;
    int Timeout = -1, SocketFd, Wake;
    {
      std::lock_guard<std::mutex> G(S->Lock);
      if (Stopping || !S->Open)
        break;
      expire(*S);
      Events = events();
      SocketFd = Fd;
      Wake = WakeFd;
      if (std::optional<Clock::time_point> D = nextDeadline()) {
        auto Ms = std::chrono::ceil<std::chrono::milliseconds>(*D - Clock::now()).count();
        Timeout = int(std::clamp<long long>(Ms, 0, INT_MAX));
      }
    }
    pollfd Fds[2] = {{SocketFd, Events, 0}, {Wake, POLLIN, 0}};
    int R = ::poll(Fds, 2, Timeout);
    if (R < 0 && errno != EINTR)
      break;
    if (Fds[1].revents & POLLIN) {
      std::uint64_t Count;
      [[maybe_unused]] ssize_t N = ::read(Wake, &Count, sizeof Count);
    }
    bool KeepOpen = true;
    {
      std::lock_guard<std::mutex> G(S->Lock);
      if (Stopping || !S->Open)
        break;
      if (R > 0 && Fds[0].revents)
        KeepOpen = service(*S, Fds[0].revents);
    }
    if (!KeepOpen)
      closePort(*S, InetAtoms::get().Normal);
  }
  std::lock_guard<std::mutex> G(S->Lock);
  ThreadRunning = false;
  Stopping = true;
  releaseIfLast();
  ::close(WakeFd);
  WakeFd = -1;
}

bool InetSocket::outputDatagram(Process &Caller, PortState &S, std::string_view Bytes) {
  const InetAtoms &A = InetAtoms::get();
  // [Address, AncillaryLength32, Ancillary, Data], as prim_inet:sendto
  // lays it out; ancillary options (tos, ttl) are not sent here.
  std::size_t Used = 0;
  std::optional<Address> To;
  int Err = 0;
  std::string_view Data;
  {
    std::lock_guard<std::mutex> G(S.Lock);
    if (!S.Open)
      return false;
    To = decodeAddress(Bytes, Family, Used);
    if (!To || Bytes.size() < Used + 4)
      return false;
    std::size_t Anc = get32(Bytes, Used);
    if (Bytes.size() < Used + 4 + Anc)
      return false;
    Data = Bytes.substr(Used + 4 + Anc);
    ssize_t N = St == State::Connected
                    ? ::send(Fd, Data.data(), Data.size(), MSG_NOSIGNAL | MSG_DONTWAIT)
                    : ::sendto(Fd, Data.data(), Data.size(), MSG_NOSIGNAL | MSG_DONTWAIT,
                               reinterpret_cast<sockaddr *>(&To->Storage), To->Length);
    if (N < 0)
      Err = errno;
    else
      S.OutputBytes += Data.size();
    if (!Bound && !Err) {
      Bound = true; // The kernel bound it to send.
      if (ActiveMode != Passive)
        startThread(S);
    }
    TermArena Ar;
    Term Status = Err ? pairOf(Ar, A.Error, posixAtom(Err)) : A.Ok;
    Term Elems[] = {A.InetReply, S.Id, Status};
    sendMessage(Caller.Pid, makeTuple(Ar, Elems));
  }
  return true;
}

void InetSocket::readDatagrams(PortState &S) {
  const InetAtoms &A = InetAtoms::get();
  std::vector<char> Buf(65536);
  for (unsigned Count = 0; Count < std::max(ReadPackets, 1u); ++Count) {
    if (!Recv && ActiveMode == Passive)
      return;
    sockaddr_storage From{};
    socklen_t FromLen = sizeof From;
    ssize_t N = ::recvfrom(Fd, Buf.data(), Buf.size(), MSG_DONTWAIT,
                           reinterpret_cast<sockaddr *>(&From), &FromLen);
    if (N < 0 && errno == EINTR)
      continue;
    if (N < 0)
      return; // EAGAIN, or an error a later send reports (ICMP refusals).
    std::string_view Data(Buf.data(), std::size_t(N));
    S.InputBytes += Data.size();
    TermArena Ar;
    Term Payload = Binary ? makeBinary(Ar, std::span<const unsigned char>(
                                               reinterpret_cast<const unsigned char *>(Data.data()),
                                               Data.size()))
                          : Term::nil();
    if (!Binary)
      for (std::size_t I = Data.size(); I-- > 0;)
        Payload = makeCons(Ar, Term::small(static_cast<unsigned char>(Data[I])), Payload);
    std::string Addr = encodeAddress(From);
    if (Recv) {
      // {ok, [Family, Port16, IP... | Data]}: prim_inet splits it.
      Term L = Payload;
      for (std::size_t I = Addr.size(); I-- > 0;)
        L = makeCons(Ar, Term::small(static_cast<unsigned char>(Addr[I])), L);
      reply(S, Recv->Caller, Recv->Ref, pairOf(Ar, A.Ok, L));
      Recv.reset();
      continue;
    }
    std::vector<Term> Ip;
    if (From.ss_family == AF_INET6)
      for (std::size_t I = 3; I + 1 < Addr.size(); I += 2)
        Ip.push_back(Term::small(SWord(get16(Addr, I))));
    else
      for (std::size_t I = 3; I < Addr.size(); ++I)
        Ip.push_back(Term::small(static_cast<unsigned char>(Addr[I])));
    Term Elems[] = {A.Udp, S.Id, makeTuple(Ar, Ip), Term::small(SWord(get16(Addr, 1))), Payload};
    sendMessage(S.Owner, makeTuple(Ar, Elems));
    countDelivery(S);
  }
}

} // namespace

std::shared_ptr<PortDriver> beamr::ports::makeDriver(std::string_view Name) {
  if (Name == "tcp_inet" || Name == "udp_inet")
    return std::make_shared<InetSocket>(Name == "udp_inet");
  return nullptr;
}
