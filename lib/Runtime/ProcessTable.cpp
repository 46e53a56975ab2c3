//===- lib/Runtime/ProcessTable.cpp - Pids, names, signals ----------------===//
///
/// \file
/// The table of live processes and registered names, references, and the
/// signals processes send each other: messages, exit signals over links,
/// `'DOWN'` messages for monitors, and what happens when a process exits.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/ProcessTable.h"

#include "beamr/Runtime/Environment.h"
#include "beamr/Runtime/Ports.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"
#include "beamr/Term/Printer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <deque>
#include <map>
#include <memory>
#include <new>
#include <optional>
#include <shared_mutex>
#include <unordered_map>

using namespace beamr;

static ProcessHooks Hooks;

void beamr::setProcessHooks(const ProcessHooks &H) { Hooks = H; }
const ProcessHooks &beamr::processHooks() { return Hooks; }

// --- The table --------------------------------------------------------------

static constexpr std::uint64_t PidNumberBits = 15, PidSerialBits = 13;
static constexpr std::uint64_t PidCounterMask =
    (std::uint64_t(1) << (PidNumberBits + PidSerialBits)) - 1;

/// The counter value a pid was made from (its number and serial side by
/// side); pids that are no counter value of ours map to some value all the
/// same, and `lookup` tells them apart by comparing the whole pid.
static std::uint64_t pidCounter(Term Pid) {
  return ((Pid.pidSerial() << PidNumberBits) | Pid.pidNumber()) & PidCounterMask;
}

namespace {
/// Live processes by pid: slot `C & Mask` holds the process whose pid came
/// from counter value `C`. `create` hands out only values whose slot is
/// free, so no two live processes share a slot and `lookup` is one load,
/// without a lock. The array doubles (under the table's lock) when half
/// full; the old one is freed like a process, once no runtime thread can be
/// reading it.
struct PidSlots {
  explicit PidSlots(std::size_t Size) : Mask(Size - 1), Slots(new std::atomic<Process *>[Size]) {
    for (std::size_t K = 0; K < Size; ++K)
      Slots[K].store(nullptr, std::memory_order_relaxed);
  }
  std::size_t size() const { return Mask + 1; }
  std::atomic<Process *> &at(std::uint64_t Counter) { return Slots[Counter & Mask]; }
  std::size_t Mask;
  std::unique_ptr<std::atomic<Process *>[]> Slots;
};
} // namespace

static void retireBlock(void *Block, void (*Free)(void *));

struct ProcessTable::Impl {
  std::shared_mutex Lock; ///< Writers of `Slots` and everything below.
  std::atomic<PidSlots *> Slots{new PidSlots(1024)};
  std::size_t Live = 0;
  std::atomic<std::size_t> Limit{262144};
  std::unordered_map<Word, Term> Names; ///< Atom -> pid.
  std::uint64_t Counter = 0;            ///< Number in bits 0..14, serial above.
  std::map<RefIds, Term> Aliases;       ///< Active alias -> owner pid.

  /// The live process with `Pid`, or null; lock-free.
  Process *find(Term Pid) {
    if (!Pid.isLocalPid())
      return nullptr;
    PidSlots *S = Slots.load(std::memory_order_acquire);
    Process *P = S->at(pidCounter(Pid)).load(std::memory_order_acquire);
    return P && P->Pid == Pid ? P : nullptr;
  }
  /// Doubles the slot array (`Lock` held exclusively).
  void grow() {
    PidSlots *Old = Slots.load(std::memory_order_relaxed);
    auto *New = new PidSlots(2 * Old->size());
    // Distinct slots modulo N stay distinct modulo 2N.
    for (std::size_t K = 0; K < Old->size(); ++K)
      if (Process *P = Old->Slots[K].load(std::memory_order_relaxed))
        New->at(pidCounter(P->Pid)).store(P, std::memory_order_relaxed);
    Slots.store(New, std::memory_order_release);
    retireBlock(Old, [](void *B) { delete static_cast<PidSlots *>(B); });
  }
};

ProcessTable::ProcessTable() : I(new Impl) {}

ProcessTable &ProcessTable::get() {
  static ProcessTable Table;
  return Table;
}

namespace {
/// A table process and its first heap, in one allocation (`Process(Word *)`).
constexpr std::size_t ProcessBlockBytes = sizeof(Process) + Process::MinHeapWords * sizeof(Word);
// 2560 bytes is a jemalloc size class: a process with its first heap takes
// no more than the object and a heap allocated apart (640 + 2048 classes).
static_assert(ProcessBlockBytes <= 2560, "a process and its first heap fill a 2560-byte block");
constexpr std::align_val_t ProcessAlign{alignof(Process)};
} // namespace

std::size_t ProcessTable::limit() const { return I->Limit.load(std::memory_order_relaxed); }
void ProcessTable::setLimit(std::size_t Limit) { I->Limit.store(Limit, std::memory_order_relaxed); }

Process *ProcessTable::create(Term GroupLeader) {
  void *Block = ::operator new(ProcessBlockBytes, ProcessAlign);
  auto *P = new (Block) Process(reinterpret_cast<Word *>(static_cast<char *>(Block) + sizeof(Process)));
  std::unique_lock<std::shared_mutex> G(I->Lock);
  if (I->Live >= I->Limit.load(std::memory_order_relaxed)) {
    G.unlock();
    P->~Process();
    ::operator delete(Block, ProcessAlign);
    return nullptr;
  }
  if (2 * (I->Live + 1) > I->Slots.load(std::memory_order_relaxed)->size())
    I->grow();
  PidSlots &S = *I->Slots.load(std::memory_order_relaxed);
  std::uint64_t C;
  do
    C = I->Counter++ & PidCounterMask;
  while (S.at(C).load(std::memory_order_relaxed));
  Term Pid = Term::localPid(C & ((1u << PidNumberBits) - 1), C >> PidNumberBits);
  P->Pid = Pid;
  P->GroupLeader = GroupLeader.isLocalPid() ? GroupLeader : Pid;
  ++I->Live;
  S.at(C).store(P, std::memory_order_release); // After `Pid`: `find` reads it.
  return P;
}

Process *ProcessTable::lookup(Term Pid) { return I->find(Pid); }

void ProcessTable::remove(Process *P) {
  std::unique_lock<std::shared_mutex> G(I->Lock);
  std::atomic<Process *> &Slot = I->Slots.load(std::memory_order_relaxed)->at(pidCounter(P->Pid));
  if (Slot.load(std::memory_order_relaxed) == P) {
    Slot.store(nullptr, std::memory_order_release);
    --I->Live;
  }
  Term Name = P->Signals.RegisteredName;
  if (Name.isAtom() && I->Names.count(Name.raw()) && I->Names[Name.raw()] == P->Pid)
    I->Names.erase(Name.raw());
  for (const RefIds &Ref : P->Signals.Aliases)
    I->Aliases.erase(Ref);
}

void ProcessTable::destroy(Process *P) {
  remove(P);
  retire(P);
}

// --- Deferred freeing -------------------------------------------------------
//
// Epochs: `retire` stamps a process with the current epoch and advances it;
// each online runtime thread publishes the epoch it saw at its latest
// quiescent point (offline threads publish "infinity"). A process stamped E
// is freed once every published epoch is past E: each thread has been
// quiescent since the process left the table, so none can still hold it.

namespace {
constexpr std::uint64_t Offline = ~std::uint64_t(0);
/// A process, or another block readers may still hold (an old pid slot
/// array), waiting to be freed.
struct Retiree {
  std::uint64_t Stamp;
  void *Block;
  void (*Free)(void *);
};
struct Reclaimer {
  std::atomic<std::uint64_t> Epoch{1};
  std::mutex Lock; ///< Guards `Threads` and `Retired`.
  std::vector<std::atomic<std::uint64_t> *> Threads;
  /// Oldest first: stamps are taken under `Lock`, so they increase.
  std::deque<Retiree> Retired;
  std::atomic<std::size_t> RetiredCount{0};

  static Reclaimer &get() {
    static Reclaimer *R = new Reclaimer; // Never destroyed: threads may outlive exit.
    return *R;
  }
  /// Moves what every thread is past to `Free`; `Lock` held. Only the
  /// freed prefix of `Retired` is visited, so a quiescent point costs
  /// nothing extra while thousands of exits wait for a slow thread.
  void collect(std::vector<Retiree> &Free) {
    std::uint64_t Min = Offline;
    for (auto *T : Threads)
      Min = std::min(Min, T->load());
    while (!Retired.empty() && Retired.front().Stamp < Min) {
      Free.push_back(Retired.front());
      Retired.pop_front();
    }
    RetiredCount.store(Retired.size(), std::memory_order_relaxed);
  }
  /// Frees `Block` once no runtime thread can hold it.
  void retire(void *Block, void (*FreeFn)(void *)) {
    {
      std::lock_guard<std::mutex> G(Lock);
      std::uint64_t Stamp = Epoch.fetch_add(1);
      if (!Threads.empty()) {
        Retired.push_back({Stamp, Block, FreeFn});
        RetiredCount.store(Retired.size(), std::memory_order_relaxed);
        return;
      }
    }
    FreeFn(Block);
  }
};
thread_local std::atomic<std::uint64_t> *ThreadEpoch = nullptr;
thread_local unsigned ThreadIndex = 0; ///< See `runtimeThreadIndex`.

void freeRetired(const std::vector<Retiree> &Free) {
  for (const Retiree &R : Free)
    R.Free(R.Block);
}

void freeProcess(void *Block) {
  auto *P = static_cast<Process *>(Block);
  if (P->Task && Hooks.releaseTask)
    Hooks.releaseTask(*P);
  P->~Process();
  ::operator delete(Block, ProcessAlign);
}
} // namespace

static void retireBlock(void *Block, void (*Free)(void *)) {
  Reclaimer::get().retire(Block, Free);
}

void ProcessTable::retire(Process *P) { Reclaimer::get().retire(P, freeProcess); }

void beamr::enterRuntimeThread(unsigned Index) {
  ThreadIndex = Index;
  Reclaimer &R = Reclaimer::get();
  ThreadEpoch = new std::atomic<std::uint64_t>(R.Epoch.load());
  std::lock_guard<std::mutex> G(R.Lock);
  R.Threads.push_back(ThreadEpoch);
}

void beamr::leaveRuntimeThread() {
  Reclaimer &R = Reclaimer::get();
  std::vector<Retiree> Free;
  {
    std::lock_guard<std::mutex> G(R.Lock);
    R.Threads.erase(std::find(R.Threads.begin(), R.Threads.end(), ThreadEpoch));
    R.collect(Free);
  }
  delete ThreadEpoch;
  ThreadEpoch = nullptr;
  freeRetired(Free);
}

void beamr::runtimeQuiescent() {
  Reclaimer &R = Reclaimer::get();
  ThreadEpoch->store(R.Epoch.load());
  if (!R.RetiredCount.load(std::memory_order_relaxed))
    return;
  std::vector<Retiree> Free;
  {
    std::unique_lock<std::mutex> G(R.Lock, std::try_to_lock);
    if (!G.owns_lock())
      return;
    R.collect(Free);
  }
  freeRetired(Free);
}

void beamr::runtimeOffline() { ThreadEpoch->store(Offline); }
void beamr::runtimeOnline() { ThreadEpoch->store(Reclaimer::get().Epoch.load()); }

std::vector<Term> ProcessTable::pids() {
  std::vector<Term> Result;
  {
    std::shared_lock<std::shared_mutex> G(I->Lock);
    PidSlots &S = *I->Slots.load(std::memory_order_relaxed);
    for (std::size_t K = 0; K < S.size(); ++K)
      if (Process *P = S.Slots[K].load(std::memory_order_relaxed))
        Result.push_back(P->Pid);
  }
  std::sort(Result.begin(), Result.end(), [](Term A, Term B) {
    return std::pair(A.pidSerial(), A.pidNumber()) < std::pair(B.pidSerial(), B.pidNumber());
  });
  return Result;
}

std::size_t ProcessTable::size() {
  std::shared_lock<std::shared_mutex> G(I->Lock);
  return I->Live;
}

bool ProcessTable::registerName(Term Name, Term Pid) {
  if (!Name.isAtom() || Name == atomTerm(atoms::Undefined))
    return false;
  std::unique_lock<std::shared_mutex> G(I->Lock);
  Process *P = I->find(Pid);
  if (!P || I->Names.count(Name.raw()))
    return false;
  SignalState &S = P->Signals;
  std::lock_guard<SmallMutex> SG(S.Lock);
  if (S.Exiting || S.RegisteredName.isAtom())
    return false;
  S.RegisteredName = Name;
  I->Names.emplace(Name.raw(), Pid);
  // OTP's erl_prim_loader (started by init) wakes every minute for as long
  // as it lives; that is no reason for the VM to keep running.
  static const Term Loader = *AtomTable::get().intern("erl_prim_loader");
  if (Name == Loader)
    P->Daemon.store(true, std::memory_order_relaxed);
  return true;
}

bool ProcessTable::unregisterName(Term Name) {
  std::unique_lock<std::shared_mutex> G(I->Lock);
  auto It = I->Names.find(Name.raw());
  if (It == I->Names.end())
    return false;
  if (Process *P = I->find(It->second)) {
    std::lock_guard<SmallMutex> SG(P->Signals.Lock);
    P->Signals.RegisteredName = Term::nil();
  }
  I->Names.erase(It);
  return true;
}

Term ProcessTable::whereis(Term Name) {
  std::shared_lock<std::shared_mutex> G(I->Lock);
  auto It = I->Names.find(Name.raw());
  return It == I->Names.end() ? Term::nil() : It->second;
}

std::vector<Term> ProcessTable::registeredNames() {
  std::shared_lock<std::shared_mutex> G(I->Lock);
  std::vector<Term> Result;
  for (auto &[Raw, Pid] : I->Names)
    Result.push_back(Term::fromRaw(Raw));
  return Result;
}

void ProcessTable::addAlias(const RefIds &Ref, Term Pid) {
  std::unique_lock<std::shared_mutex> G(I->Lock);
  I->Aliases[Ref] = Pid;
  if (Process *P = I->find(Pid))
    P->Signals.Aliases.push_back(Ref);
}

bool ProcessTable::removeAlias(const RefIds &Ref, Term Pid) {
  std::unique_lock<std::shared_mutex> G(I->Lock);
  auto It = I->Aliases.find(Ref);
  if (It == I->Aliases.end() || It->second != Pid)
    return false;
  I->Aliases.erase(It);
  if (Process *P = I->find(Pid)) {
    auto &A = P->Signals.Aliases;
    A.erase(std::remove(A.begin(), A.end(), Ref), A.end());
  }
  return true;
}

Term ProcessTable::aliasOwner(const RefIds &Ref) {
  std::shared_lock<std::shared_mutex> G(I->Lock);
  auto It = I->Aliases.find(Ref);
  return It == I->Aliases.end() ? Term::nil() : It->second;
}

// --- References ---------------------------------------------------------------

unsigned beamr::runtimeThreadIndex() { return ThreadIndex; }

RefIds beamr::nextRefIds() {
  // erl's refs have three words of 18, 32 and 32 bits: here 74 bits of
  // counter and the creating thread's index in the last word's top byte.
  // Each thread takes the counter a block at a time, so threads making
  // references at once do not share its cache line.
  constexpr std::uint64_t Block = 1024;
  static std::atomic<std::uint64_t> Counter{1};
  thread_local std::uint64_t Next = 0, End = 0;
  if (Next == End) {
    Next = Counter.fetch_add(Block, std::memory_order_relaxed);
    End = Next + Block;
  }
  std::uint64_t C = Next++;
  return RefIds{C & 0x3FFFF, (C >> 18) & 0xFFFFFFFF,
                ((C >> 50) & 0xFFFFFF) | Word(ThreadIndex & 0xFF) << 24};
}

std::optional<RefIds> beamr::refIdsOf(Term T) {
  if (!T.isBoxedKind(HeaderKind::Ref))
    return std::nullopt;
  std::span<const Word> Ids = localRefIds(T);
  if (Ids.size() != 3)
    return std::nullopt;
  return RefIds{Ids[0], Ids[1], Ids[2]};
}

Term beamr::makeRef(TermAllocator &A) {
  RefIds Ids = nextRefIds();
  return makeLocalRef(A, Ids);
}

// --- Messages and signals -------------------------------------------------

namespace {
/// Atoms this file names, interned on first use.
struct SignalAtoms {
  Term Normal, Kill, Killed, ExitTag, Down, ProcessAtom;
  static const SignalAtoms &get() {
    static const SignalAtoms A = [] {
      AtomTable &T = AtomTable::get();
      return SignalAtoms{*T.intern("normal"), *T.intern("kill"),
                         *T.intern("killed"), *T.intern("EXIT"),
                         *T.intern("DOWN"),   *T.intern("process")};
    }();
    return A;
  }
};
} // namespace

void beamr::sendMessage(Process &To, Term Msg) { deliverMessage(To, Message::create(Msg)); }

void beamr::deliverMessage(Process &To, Message *M) {
  To.Mail.push(M);
  if (Hooks.wake)
    Hooks.wake(To);
}

void beamr::sendMessage(Term ToPid, Term Msg) {
  if (Process *To = ProcessTable::get().lookup(ToPid))
    sendMessage(*To, Msg);
}

/// Makes `To` exit with `Reason` when it next runs. The reason is kept in a
/// message of its own, outside every heap, until `To` has exited.
static void killProcess(Process &To, Term Reason) {
  {
    std::lock_guard<SmallMutex> G(To.Signals.Lock);
    if (To.Signals.Exiting)
      return;
    To.Signals.Exiting = true;
    To.Signals.KilledBySignal = true;
    To.Signals.KillReason = Message::create(Reason);
  }
  if (Hooks.kill)
    Hooks.kill(To, To.Signals.KillReason->Payload);
}

void beamr::sendExitSignal(Term From, Process &To, Term Reason, bool Untrappable) {
  const SignalAtoms &A = SignalAtoms::get();
  bool Trapping;
  {
    std::lock_guard<SmallMutex> G(To.Signals.Lock);
    if (To.Signals.Exiting)
      return;
    Trapping = To.Signals.TrapExit;
  }
  if (Untrappable)
    return killProcess(To, A.Killed);
  if (Trapping) {
    TermArena Arena;
    Term Elems[] = {A.ExitTag, From, Reason};
    return sendMessage(To, makeTuple(Arena, Elems));
  }
  if (Reason == A.Normal && From != To.Pid)
    return;
  killProcess(To, Reason);
}

static void eraseLink(Process &P, Term Other) {
  std::lock_guard<SmallMutex> G(P.Signals.Lock);
  auto &L = P.Signals.Links;
  L.erase(std::remove(L.begin(), L.end(), Other), L.end());
}

bool beamr::linkProcesses(Process &A, Process &B) {
  if (&A == &B)
    return true;
  // A's half first: if B then exits, its exit signal finds the link.
  bool New;
  {
    std::lock_guard<SmallMutex> G(A.Signals.Lock);
    auto &L = A.Signals.Links;
    New = std::find(L.begin(), L.end(), B.Pid) == L.end();
    if (New)
      L.push_back(B.Pid);
  }
  {
    std::lock_guard<SmallMutex> G(B.Signals.Lock);
    auto &L = B.Signals.Links;
    if (!B.Signals.Exiting) {
      if (std::find(L.begin(), L.end(), A.Pid) == L.end())
        L.push_back(A.Pid);
      return true;
    }
  }
  if (New)
    eraseLink(A, B.Pid);
  return false;
}

void beamr::unlinkProcesses(Process &A, Term BPid) {
  eraseLink(A, BPid);
  if (Process *B = ProcessTable::get().lookup(BPid))
    eraseLink(*B, A.Pid);
}

/// Removes the entry with `Ref` from `List`; returns it if it was there.
static std::optional<MonitorEntry> takeMonitor(SmallMutex &Lock, MonitorList &List,
                                               const RefIds &Ref) {
  std::lock_guard<SmallMutex> G(Lock);
  return List.take(Ref);
}

std::shared_ptr<const Message> beamr::monitorTag(Term Tag) {
  return std::shared_ptr<const Message>(Message::create(Tag),
                                        [](const Message *M) {
                                          Message::destroy(const_cast<Message *>(M));
                                        });
}

bool beamr::addMonitor(Process &Watcher, Process &Target, const RefIds &Ref, Term TargetName,
                       bool Alias, std::shared_ptr<const Message> Tag) {
  MonitorEntry E{Ref, Watcher.Pid, Target.Pid, TargetName, Alias, std::move(Tag)};
  {
    std::lock_guard<SmallMutex> G(Watcher.Signals.Lock);
    Watcher.Signals.Monitoring.add(E);
  }
  {
    std::lock_guard<SmallMutex> G(Target.Signals.Lock);
    if (!Target.Signals.Exiting) {
      Target.Signals.MonitoredBy.add(E);
      return true;
    }
  }
  takeMonitor(Watcher.Signals.Lock, Watcher.Signals.Monitoring, Ref);
  return false;
}

bool beamr::removeMonitor(Process &Watcher, const RefIds &Ref) {
  auto E = takeMonitor(Watcher.Signals.Lock, Watcher.Signals.Monitoring, Ref);
  if (!E)
    return false;
  if (E->Alias)
    ProcessTable::get().removeAlias(Ref, Watcher.Pid);
  if (Process *Target = ProcessTable::get().lookup(E->Target))
    takeMonitor(Target->Signals.Lock, Target->Signals.MonitoredBy, Ref);
  return true;
}

/// `{'DOWN' | Tag, Ref, process, Item, Reason}` as a message of its own.
static Message *downMessage(const RefIds &Ref, Term Item, Term Reason, const Message *Tag) {
  const SignalAtoms &A = SignalAtoms::get();
  TermArena Arena;
  Term Elems[] = {Tag ? Tag->Payload : A.Down, makeLocalRef(Arena, Ref), A.ProcessAtom, Item,
                  Reason};
  return Message::create(makeTuple(Arena, Elems));
}

void beamr::sendDown(Process &Watcher, const RefIds &Ref, Term Item, Term Reason,
                     const Message *Tag) {
  deliverMessage(Watcher, downMessage(Ref, Item, Reason, Tag));
}

// --- Exits -----------------------------------------------------------------

std::string beamr::errorReportHeader() {
  using namespace std::chrono;
  auto Now = system_clock::now();
  std::time_t Secs = system_clock::to_time_t(Now);
  long Micros = long(duration_cast<microseconds>(Now.time_since_epoch()).count() % 1000000);
  std::tm Local;
  {
    std::shared_lock<std::shared_mutex> G(environmentLock()); // TZ
    localtime_r(&Secs, &Local);
  }
  static const char *Months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  char Buf[96];
  std::snprintf(Buf, sizeof Buf, "=ERROR REPORT==== %d-%s-%d::%02d:%02d:%02d.%06ld ===",
                Local.tm_mday, Months[Local.tm_mon], Local.tm_year + 1900, Local.tm_hour,
                Local.tm_min, Local.tm_sec, Micros);
  return Buf;
}

/// Sends logger the `{log, error, Format, Args, Meta}` event erts sends for
/// an emulator error about `P` (so logger's level, filters and handlers
/// decide what is printed, as on erl); false when no logger runs.
/// `MakeArgs` builds the format's arguments in the given arena.
template <typename Fn> static bool logEmulatorError(Process &P, const char *Format, Fn MakeArgs) {
  Term Logger = ProcessTable::get().whereis(*AtomTable::get().intern("logger"));
  Process *L = ProcessTable::get().lookup(Logger);
  if (!L)
    return false;
  TermArena Ar;
  auto Atom = [](const char *Name) { return *AtomTable::get().intern(Name); };
  MapEntry Tag[] = {{Atom("emulator"), Atom("true")}, {Atom("tag"), Atom("error")}};
  std::int64_t Micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::system_clock::now().time_since_epoch())
                            .count();
  MapEntry Meta[] = {{Atom("error_logger"), makeMap(Ar, Tag)},
                     {Atom("gl"), P.GroupLeader.load()},
                     {Atom("pid"), P.Pid},
                     {Atom("time"), makeInteger(Ar, SWord(Micros))}};
  Term Event[] = {Atom("log"), Atom("error"), makeByteList(Ar, Format), MakeArgs(Ar),
                  makeMap(Ar, Meta)};
  sendMessage(*L, makeTuple(Ar, Event));
  return true;
}

/// erl's logger reports a process that died of an uncaught error or throw;
/// exits (`exit/1`, exit signals) and normal returns are silent. Before the
/// logger runs (a crash during boot) the report is printed at once.
static void reportCrash(Process &P, Term Reason) {
  if (logEmulatorError(P, "Error in process ~p with exit value:~n~p~n", [&](TermArena &Ar) {
        Term Args[] = {P.Pid, Reason};
        return makeList(Ar, Args);
      }))
    return;
  std::string Text = errorReportHeader() + "\nError in process ";
  writeTerm(Text, P.Pid);
  Text += " with exit value:\n";
  writeTerm(Text, Reason);
  Text += "\n\n";
  std::fwrite(Text.data(), 1, Text.size(), stdout);
  std::fflush(stdout);
}

void beamr::tooManyProcesses(Process &P) {
  logEmulatorError(P, "~s~n", [](TermArena &Ar) {
    Term Text = makeByteList(Ar, "Too many processes\n");
    return makeList(Ar, std::span<const Term>(&Text, 1));
  });
}

void beamr::maxHeapSizeReached(Process &P) {
  const SignalAtoms &A = SignalAtoms::get();
  {
    std::lock_guard<SmallMutex> G(P.Signals.Lock);
    if (P.Signals.Exiting)
      return; // Killed already, by this or another signal.
  }
  if (P.MaxHeapLog)
    logEmulatorError(P,
                     "     Process:            ~p ~n"
                     "     Context:            maximum heap size reached~n"
                     "     Max Heap Size:      ~p~n"
                     "     Total Heap Size:    ~p~n"
                     "     Kill:               ~p~n"
                     "     Error Logger:       ~p~n"
                     "     Message Queue Len:  ~p~n"
                     "     GC Info:            ~p~n",
                     [&](TermArena &Ar) {
                       auto Atom = [](const char *Name) { return *AtomTable::get().intern(Name); };
                       auto Int = [&](std::size_t N) { return makeInteger(Ar, SWord(N)); };
                       std::size_t Total = P.heapSize() + P.oldHeapSize() + P.fragmentWords();
                       std::vector<Term> GcInfo;
                       for (auto [Name, N] : P.gcInfo()) {
                         Term Pair[] = {Atom(Name), Int(N)};
                         GcInfo.push_back(makeTuple(Ar, Pair));
                       }
                       Term Args[] = {P.Pid, Int(P.MaxHeapWords), Int(Total),
                                      P.MaxHeapKill ? Atom("true") : Atom("false"), Atom("true"),
                                      Int(P.Mail.length()), makeList(Ar, GcInfo)};
                       return makeList(Ar, Args);
                     });
  if (P.MaxHeapKill)
    killProcess(P, A.Killed);
}

void beamr::processExited(Process &P, Term Reason) {
  SignalState &S = P.Signals;
  std::vector<Term> Links;
  std::vector<MonitorEntry> Monitoring, MonitoredBy;
  bool Killed;
  {
    std::lock_guard<SmallMutex> G(S.Lock);
    S.Exiting = true;
    Killed = S.KilledBySignal;
    Links.swap(S.Links);
    Monitoring = S.Monitoring.takeAll();
    MonitoredBy = S.MonitoredBy.takeAll();
  }
  ProcessTable &Table = ProcessTable::get();
  // Out of processes/0 and its name free before anyone hears of the exit.
  Table.remove(&P);
  if (!Killed && Reason != SignalAtoms::get().Normal && P.ExcClass != ExceptionClass::Exit)
    reportCrash(P, Reason);
  if (P.UsedEts.load())
    etsProcessExited(P.Pid);
  suspenderExited(P.Pid);
  for (Term L : Links)
    if (Process *Q = Table.lookup(L)) {
      eraseLink(*Q, P.Pid);
      sendExitSignal(P.Pid, *Q, Reason);
    } else if (L.isLocalPort()) {
      portExitSignal(L, P.Pid, Reason);
    }
  for (const MonitorEntry &E : MonitoredBy) {
    Process *W = Table.lookup(E.Watcher);
    if (!W)
      continue;
    Term Item = P.Pid;
    TermArena Arena;
    if (E.TargetName.isAtom()) {
      Term Elems[] = {E.TargetName, atomTerm(atoms::NonodeAtNohost)};
      Item = makeTuple(Arena, Elems);
    }
    Message *Down = downMessage(E.Ref, Item, Reason, E.Tag.get());
    // The monitor fires and its DOWN is queued under the watcher's lock: a
    // demonitor that finds the monitor gone finds the DOWN already queued,
    // so demonitor(Ref, [flush]) leaves none behind, as on erl.
    bool Fired;
    {
      std::lock_guard<SmallMutex> G(W->Signals.Lock);
      Fired = W->Signals.Monitoring.take(E.Ref).has_value();
      if (Fired)
        W->Mail.push(Down);
    }
    if (!Fired) {
      Message::destroy(Down);
      continue;
    }
    if (E.Alias)
      Table.removeAlias(E.Ref, W->Pid);
    if (Hooks.wake)
      Hooks.wake(*W);
  }
  for (const MonitorEntry &E : Monitoring)
    if (Process *T = Table.lookup(E.Target))
      takeMonitor(T->Signals.Lock, T->Signals.MonitoredBy, E.Ref);
  if (S.KillReason) {
    Message::destroy(S.KillReason);
    S.KillReason = nullptr;
  }
  Table.destroy(&P);
}
