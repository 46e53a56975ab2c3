//===- lib/Runtime/Timers.cpp - The timer wheel ---------------------------===//
///
/// \file
/// Buckets are intrusive doubly linked lists, so a cancel unlinks in O(1);
/// message timers are also indexed by their reference (open addressing, no
/// node per timer).
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Timers.h"

#include "beamr/Runtime/Mailbox.h"
#include "beamr/Runtime/ProcessTable.h"

#include <chrono>
#include <mutex>
#include <pthread.h>
#include <unordered_map>
#include <vector>

using namespace beamr;

std::int64_t beamr::monotonicNanos() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

namespace beamr {
struct TimerShard;
struct TimerEntry {
  TimerEntry *Prev = nullptr, *Next = nullptr;
  std::int64_t DeadlineNs = 0;
  std::int64_t Tick = 0; ///< Deadline in whole milliseconds, rounded up.
  // A message timer:
  RefIds Ref{};
  Term Dest;
  Message *Msg = nullptr;
  // A callback timer (when `Fn` is set):
  TimerCallback Fn = nullptr;
  void *Owner = nullptr;
  std::uint64_t Tag = 0;
  unsigned Bucket = 0;
  /// Taken off the wheel by `expire`, about to fire: no cancel any more.
  bool Firing = false;
  /// A callback timer's wheel (message timers are found by `Ref`).
  TimerShard *Shard = nullptr;
  const std::atomic<bool> *Daemon = nullptr; ///< See `startCallback`.
};
} // namespace beamr

namespace {
constexpr std::int64_t NanosPerMilli = 1000000;
constexpr std::int64_t Slots = 4096; // A power of two: one revolution is ~4 s.

std::int64_t ceilMillis(std::int64_t Ns) {
  return Ns >= 0 ? (Ns + NanosPerMilli - 1) / NanosPerMilli : -((-Ns) / NanosPerMilli);
}

/// A shard's lock. Its scheduler starts and cancels timers there, another
/// thread now and then (expiring, cancelling a timer started elsewhere),
/// and each holds the lock for a few pointer moves: a thread that finds it
/// taken spins a little (glibc's adaptive mutex) before it sleeps in the
/// kernel, where a plain mutex would sleep at once and cost both threads a
/// futex call and a context switch.
class WheelLock {
public:
  WheelLock() {
    pthread_mutexattr_t Attr;
    pthread_mutexattr_init(&Attr);
    pthread_mutexattr_settype(&Attr, PTHREAD_MUTEX_ADAPTIVE_NP);
    pthread_mutex_init(&M, &Attr);
    pthread_mutexattr_destroy(&Attr);
  }
  ~WheelLock() { pthread_mutex_destroy(&M); }
  WheelLock(const WheelLock &) = delete;
  WheelLock &operator=(const WheelLock &) = delete;
  void lock() { pthread_mutex_lock(&M); }
  bool try_lock() { return pthread_mutex_trylock(&M) == 0; }
  void unlock() { pthread_mutex_unlock(&M); }

private:
  pthread_mutex_t M;
};

/// Message timers by reference: open addressing with linear probing. A slot
/// keeps the reference's hash next to the entry, so a probe reads no entry
/// but the one it finds, and no node is allocated per timer (a program
/// that starts and cancels thousands of timers does both all the time).
class RefIndex {
public:
  TimerEntry *find(const RefIds &Ref) const {
    if (Slots.empty())
      return nullptr;
    std::uint64_t H = hash(Ref);
    for (std::size_t K = H & mask();; K = (K + 1) & mask()) {
      const Slot &S = Slots[K];
      if (!S.Entry)
        return nullptr;
      if (S.Hash == H && S.Entry->Ref == Ref)
        return S.Entry;
    }
  }
  /// Indexes `E` under `E->Ref`, replacing an entry with the same reference.
  void insert(TimerEntry *E) {
    if (2 * (Count + 1) > Slots.size())
      grow();
    std::uint64_t H = hash(E->Ref);
    for (std::size_t K = H & mask();; K = (K + 1) & mask()) {
      Slot &S = Slots[K];
      if (!S.Entry) {
        S = {H, E};
        ++Count;
        return;
      }
      if (S.Hash == H && S.Entry->Ref == E->Ref) {
        S.Entry = E;
        return;
      }
    }
  }
  /// Removes `Ref`'s entry, if any.
  void erase(const RefIds &Ref) {
    if (Slots.empty())
      return;
    std::uint64_t H = hash(Ref);
    std::size_t K = H & mask();
    for (;; K = (K + 1) & mask()) {
      if (!Slots[K].Entry)
        return;
      if (Slots[K].Hash == H && Slots[K].Entry->Ref == Ref)
        break;
    }
    // Backward shift: move later members of the probe run into the hole
    // when their home slot does not lie between the hole and them.
    std::size_t Hole = K;
    for (std::size_t J = (Hole + 1) & mask(); Slots[J].Entry; J = (J + 1) & mask()) {
      std::size_t Home = Slots[J].Hash & mask();
      if (((J - Home) & mask()) >= ((J - Hole) & mask())) {
        Slots[Hole] = Slots[J];
        Hole = J;
      }
    }
    Slots[Hole] = Slot();
    --Count;
  }

private:
  struct Slot {
    std::uint64_t Hash = 0;
    TimerEntry *Entry = nullptr; ///< Null: free.
  };
  static std::uint64_t hash(const RefIds &Ref) {
    std::uint64_t H = RefIdsHash()(Ref);
    H ^= H >> 33; // RefIdsHash mixes the words; spread them to the low bits.
    H *= 0xFF51AFD7ED558CCDull;
    return H ^ (H >> 33);
  }
  std::size_t mask() const { return Slots.size() - 1; }
  void grow() {
    std::vector<Slot> Old(std::max<std::size_t>(64, 2 * Slots.size()));
    Old.swap(Slots);
    Count = 0;
    for (const Slot &S : Old)
      if (S.Entry)
        insert(S.Entry);
  }
  std::vector<Slot> Slots; ///< A power of two in size, at most half full.
  std::size_t Count = 0;
};

} // namespace

namespace beamr {
/// One wheel: the timers started on one scheduler thread.
struct TimerShard {
  WheelLock Lock;
  TimerEntry *Buckets[Slots] = {};
  /// Every tick up to this one has been visited.
  std::int64_t Visited = monotonicNanos() / NanosPerMilli;
  RefIndex ByRef;
  std::size_t Count = 0;
  /// Copies of `Count` and `Visited` for `mayExpire`, written under `Lock`.
  std::atomic<std::size_t> PendingHint{0};
  std::atomic<std::int64_t> VisitedHint{monotonicNanos() / NanosPerMilli};

  void link(TimerEntry *E) {
    // A deadline already passed goes to the next tick to visit.
    E->Bucket = unsigned(std::max(E->Tick, Visited + 1) & (Slots - 1));
    TimerEntry *&Head = Buckets[E->Bucket];
    E->Prev = nullptr;
    E->Next = Head;
    if (Head)
      Head->Prev = E;
    Head = E;
    ++Count;
    PendingHint.store(Count, std::memory_order_relaxed);
  }
  void unlink(TimerEntry *E) {
    if (E->Prev)
      E->Prev->Next = E->Next;
    else
      Buckets[E->Bucket] = E->Next;
    if (E->Next)
      E->Next->Prev = E->Prev;
    --Count;
    PendingHint.store(Count, std::memory_order_relaxed);
  }
  /// Removes a message timer from the index and the wheel.
  void erase(TimerEntry *E) {
    ByRef.erase(E->Ref);
    unlink(E);
  }
  /// Moves the timers due at `Tick` of bucket `B` to `Due`.
  void collect(unsigned B, std::int64_t Tick, std::vector<TimerEntry *> &Due) {
    for (TimerEntry *E = Buckets[B], *Next; E; E = Next) {
      Next = E->Next;
      if (E->Tick > Tick)
        continue;
      if (E->Fn) {
        unlink(E);
        E->Firing = true;
      } else {
        erase(E);
      }
      Due.push_back(E);
    }
  }
  /// A message timer's destination process is gone: erl cancels such timers
  /// when the process exits.
  static bool destinationGone(const TimerEntry *E) {
    return E->Dest.isLocalPid() && !ProcessTable::get().lookup(E->Dest);
  }

  ~TimerShard() {
    for (TimerEntry *Head : Buckets)
      for (TimerEntry *E = Head, *Next; E; E = Next) {
        Next = E->Next;
        if (E->Msg)
          Message::destroy(E->Msg);
        delete E;
      }
  }
  bool mayExpire() const {
    return PendingHint.load(std::memory_order_relaxed) &&
           monotonicNanos() / NanosPerMilli > VisitedHint.load(std::memory_order_relaxed);
  }
  /// Takes the timers due at `Now` (whole milliseconds) into `Due`;
  /// `Lock` held.
  void collectDue(std::int64_t Now, std::vector<TimerEntry *> &Due) {
    if (Now <= Visited)
      return;
    if (Count) {
      // After a long pause one visit of every bucket finds everything due.
      std::int64_t From = std::max(Visited + 1, Now - Slots + 1);
      for (std::int64_t T = From; T <= Now; ++T)
        collect(unsigned(T & (Slots - 1)), Now, Due);
    }
    Visited = Now;
    VisitedHint.store(Now, std::memory_order_relaxed);
  }
  /// The earliest deadline tick, or nothing; `Lock` held.
  std::optional<std::int64_t> nextTick() const {
    if (!Count)
      return std::nullopt;
    // The first bucket within one revolution holding a timer of that
    // revolution gives the answer; otherwise every timer is further away.
    for (std::int64_t T = Visited + 1; T <= Visited + Slots; ++T)
      for (TimerEntry *E = Buckets[T & (Slots - 1)]; E; E = E->Next)
        if (E->Tick <= T)
          return T;
    std::int64_t Min = INT64_MAX;
    for (TimerEntry *Head : Buckets)
      for (TimerEntry *E = Head; E; E = E->Next)
        Min = std::min(Min, E->Tick);
    return Min;
  }
};
} // namespace beamr

struct TimerWheel::Impl {
  std::vector<std::unique_ptr<TimerShard>> Shards;
  /// The calling thread's shard: timers started on a scheduler thread go
  /// on its own wheel, whose lock it then rarely shares.
  TimerShard &local() { return *Shards[runtimeThreadIndex() % Shards.size()]; }
  /// The shard of the message timer `Ref`: the one of the thread that made
  /// the reference, as `startMessage` was called there.
  TimerShard &ofRef(const RefIds &Ref) { return *Shards[refThreadIndex(Ref) % Shards.size()]; }
};

TimerWheel::TimerWheel(unsigned Shards) : I(new Impl) {
  for (unsigned K = 0; K < std::max(1u, Shards); ++K)
    I->Shards.push_back(std::make_unique<TimerShard>());
}

TimerWheel::~TimerWheel() { delete I; }

TimerWheel &TimerWheel::get() {
  // Never destroyed: timers may still be pending when the VM halts.
  static TimerWheel *W = new TimerWheel(schedulerThreads());
  return *W;
}

void TimerWheel::startMessage(const RefIds &Ref, std::int64_t DeadlineNs, Term Dest, Message *Msg) {
  auto *E = new TimerEntry;
  E->DeadlineNs = DeadlineNs;
  E->Tick = ceilMillis(DeadlineNs);
  E->Ref = Ref;
  E->Dest = Dest;
  E->Msg = Msg;
  TimerShard &S = I->ofRef(Ref);
  std::lock_guard<WheelLock> G(S.Lock);
  S.ByRef.insert(E);
  S.link(E);
}

static std::int64_t millisLeft(const TimerEntry *E) {
  return std::max<std::int64_t>(0, ceilMillis(E->DeadlineNs - monotonicNanos()));
}

std::optional<std::int64_t> TimerWheel::cancel(const RefIds &Ref) {
  TimerEntry *E;
  {
    TimerShard &S = I->ofRef(Ref);
    std::lock_guard<WheelLock> G(S.Lock);
    E = S.ByRef.find(Ref);
    if (!E)
      return std::nullopt;
    S.erase(E);
  }
  bool Gone = TimerShard::destinationGone(E);
  std::int64_t Left = millisLeft(E);
  Message::destroy(E->Msg);
  delete E;
  if (Gone)
    return std::nullopt;
  return Left;
}

std::optional<std::int64_t> TimerWheel::remaining(const RefIds &Ref) {
  TimerShard &S = I->ofRef(Ref);
  std::lock_guard<WheelLock> G(S.Lock);
  TimerEntry *E = S.ByRef.find(Ref);
  if (!E || TimerShard::destinationGone(E))
    return std::nullopt;
  return millisLeft(E);
}

TimerEntry *TimerWheel::startCallback(std::int64_t DeadlineNs, TimerCallback Fn, void *Owner,
                                      std::uint64_t Tag, const std::atomic<bool> *Daemon) {
  auto *E = new TimerEntry;
  E->DeadlineNs = DeadlineNs;
  E->Tick = ceilMillis(DeadlineNs);
  E->Fn = Fn;
  E->Owner = Owner;
  E->Tag = Tag;
  E->Daemon = Daemon;
  TimerShard &S = I->local();
  E->Shard = &S;
  std::lock_guard<WheelLock> G(S.Lock);
  S.link(E);
  return E;
}

bool TimerWheel::cancelCallback(TimerEntry *E) {
  {
    TimerShard &S = *E->Shard;
    std::lock_guard<WheelLock> G(S.Lock);
    if (E->Firing)
      return false; // `expire` deletes it.
    S.unlink(E);
  }
  delete E;
  return true;
}

bool TimerWheel::mayExpire() const {
  for (const auto &S : I->Shards)
    if (S->mayExpire())
      return true;
  return false;
}

unsigned TimerWheel::expire(std::int64_t NowNs) {
  std::int64_t Now = NowNs / NanosPerMilli; // Whole milliseconds passed.
  std::vector<TimerEntry *> Due;
  // Any thread expires every shard, so timers fire on time while their
  // scheduler is busy or asleep; a shard another thread is using is left to
  // the next visit (a shard being expired is up to date within the tick).
  bool Sharded = I->Shards.size() > 1;
  for (const auto &SP : I->Shards) {
    TimerShard &S = *SP;
    if (!Sharded)
      S.Lock.lock();
    else if (!S.mayExpire() || !S.Lock.try_lock())
      continue;
    S.collectDue(Now, Due);
    S.Lock.unlock();
  }
  for (TimerEntry *E : Due) {
    if (E->Fn) {
      E->Fn(E->Owner, E->Tag);
    } else {
      Term To = E->Dest.isAtom() ? ProcessTable::get().whereis(E->Dest) : E->Dest;
      Process *P = To.isLocalPid() ? ProcessTable::get().lookup(To) : nullptr;
      if (P) {
        deliverMessage(*P, E->Msg);
        E->Msg = nullptr;
      }
      if (E->Msg)
        Message::destroy(E->Msg);
    }
    delete E;
  }
  return unsigned(Due.size());
}

std::optional<std::int64_t> TimerWheel::nextDeadline() {
  std::optional<std::int64_t> Min;
  for (const auto &S : I->Shards) {
    std::lock_guard<WheelLock> G(S->Lock);
    if (std::optional<std::int64_t> T = S->nextTick(); T && (!Min || *T < *Min))
      Min = T;
  }
  if (!Min)
    return std::nullopt;
  return *Min * NanosPerMilli;
}

std::size_t TimerWheel::size() {
  std::size_t N = 0;
  for (const auto &S : I->Shards) {
    std::lock_guard<WheelLock> G(S->Lock);
    N += S->Count;
  }
  return N;
}

bool TimerWheel::keepsAlive() {
  // A scan of every bucket: called only when nothing at all can run.
  for (const auto &S : I->Shards) {
    std::lock_guard<WheelLock> G(S->Lock);
    if (!S->Count)
      continue;
    for (TimerEntry *Head : S->Buckets)
      for (TimerEntry *E = Head; E; E = E->Next)
        if (!E->Daemon || !E->Daemon->load(std::memory_order_relaxed))
          return true;
  }
  return false;
}
