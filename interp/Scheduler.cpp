//===- interp/Scheduler.cpp - Scheduler threads, run queues, dirty pool ---===//
///
/// \file
/// Each scheduler thread (a `Worker`) owns a run queue of the four
/// priorities and runs one process at a time on its own register files. A
/// worker with nothing to run steals from the others, spins a little, then
/// sleeps; the last one to fall asleep with nothing left anywhere (no
/// process queued or running, no timer, no dirty call) ends `run`.
///
/// One atomic status per process settles every race between the thread
/// running it and the threads waking it: a wake turns `Waiting` into
/// `Queued` (and queues the process) or `Running` into `RunningWoken`
/// (and the runner, finding its `Waiting` transition refused, queues it
/// again), so a message that arrives while the process is about to wait is
/// never slept through.
///
/// `receive ... after` timers are callbacks on the timer wheel (Timers.h).
/// Each armed timer carries a generation; a callback whose generation is no
/// longer the armed one (the process took a message meanwhile) is ignored.
//===----------------------------------------------------------------------===//
#include "beamr/Interp/Scheduler.h"

#include "beamr/Interp/Interpreter.h"
#include "beamr/Runtime/Ports.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Runtime/Timers.h"

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace beamr;

namespace {
/// Where a process is. Only the thread running it leaves `Running`.
enum Status : std::uint8_t {
  Waiting,      ///< In `receive`, in no queue.
  Queued,       ///< In a run queue, or on its way there.
  Running,      ///< On a thread (a scheduler or the dirty pool).
  RunningWoken, ///< Running, and woken since: it must not go to sleep.
  Exited,
  Suspended,    ///< Taken from a run queue while suspended; in no queue.
};

/// Normal processes picked for each low-priority one when both wait (erl
/// also lets a low process run about once for every eight normal ones).
constexpr unsigned NormalPerLow = 8;
/// Steal attempts an idle worker makes before it sleeps.
constexpr unsigned SpinRounds = 200;
/// Threads the dirty pool grows to.
constexpr unsigned MaxDirtyThreads = 8;
/// A worker's only queued process is left to it (processes that message
/// each other stay on one core) unless the worker has been in its current
/// slice this long.
constexpr std::int64_t StealLoneAfterNs = 100000;
} // namespace

struct beamr::SchedulerTask {
  RunState State;
  std::atomic<std::uint8_t> Status{Queued};
  /// Set (release) by `kill` after `KillReason`.
  std::atomic<bool> Killed{false};
  Term KillReason;
  /// suspend_process/2 calls not yet resumed.
  std::atomic<unsigned> Suspends{0};
  /// The armed receive timer and the deadline it was armed for; touched
  /// only by the thread running the process.
  TimerEntry *RecvTimer = nullptr;
  std::chrono::steady_clock::time_point RecvDeadline;
  /// The generation of the armed receive timer, and of the last one that
  /// fired.
  std::atomic<std::uint64_t> TimerGen{0}, FiredGen{0};
  /// The worker whose queue the process goes back to.
  unsigned Home = 0;
  /// `State.IP` while the process is not running, for other threads.
  std::atomic<const Word *> ParkedIP{nullptr};
};

namespace {
/// A thread that runs processes: a scheduler or a dirty-pool thread.
struct Runner {
  explicit Runner(unsigned Index, bool Dirty) : Index(Index), Dirty(Dirty) {}
  unsigned Index;
  bool Dirty;
  Process *Current = nullptr;
  /// Reductions used by the slices run here (written by this runner only).
  /// `Scheduler::reductions` sums the workers'; a dirty runner's slices
  /// (one reduction per dirty call) count only in the process's own total.
  std::atomic<std::uint64_t> Reductions{0};
  std::unique_ptr<Term[]> Regs{new Term[Process::MaxXRegisters]};
  std::unique_ptr<double[]> FRegs{new double[Process::MaxFloatRegisters]};
};

/// A scheduler: a runner with a run queue.
struct Worker : Runner {
  explicit Worker(unsigned Index) : Runner(Index, false) {}
  std::mutex Lock; ///< Guards the queues and `NormalRuns`.
  std::deque<Process *> Queues[4];
  unsigned NormalRuns = 0;
  std::atomic<std::size_t> Size{0};
  /// The number of the slice under way (slices begun, counted by the
  /// worker in `SlicesBegun`); 0 while the worker idles. A counter, not a
  /// time: a slice often lasts less than reading the clock takes.
  std::atomic<std::uint64_t> Slice{0};
  std::uint64_t SlicesBegun = 0;
  /// Thieves' view: the `Slice` they last saw, and when (monotonic ns).
  std::atomic<std::uint64_t> SeenSlice{0};
  std::atomic<std::int64_t> SeenAt{0};
  /// Slices since the worker last asked the timer wheel (`workerLoop`).
  unsigned SinceTimerPoll = 0;
  std::thread Thread;

  /// The next process by priority (`Lock` held); `Pick` chooses the index
  /// within the class (the front, or the seed's choice).
  template <typename PickFn> Process *pop(PickFn Pick) {
    std::deque<Process *> *Q = nullptr;
    auto &[Max, High, Normal, Low] = Queues;
    if (!Max.empty())
      Q = &Max;
    else if (!High.empty())
      Q = &High;
    else if (!Normal.empty() && (Low.empty() || NormalRuns < NormalPerLow))
      Q = &Normal, ++NormalRuns;
    else if (!Low.empty())
      Q = &Low, NormalRuns = 0;
    else
      return nullptr;
    std::size_t At = Pick(Q->size());
    Process *P = (*Q)[At];
    if (At == 0)
      Q->pop_front(); // The common case; erase(begin()) costs a call more.
    else
      Q->erase(Q->begin() + std::ptrdiff_t(At));
    Size.fetch_sub(1);
    return P;
  }
  /// `pop` in queue order.
  Process *popFront() {
    return pop([](std::size_t) { return std::size_t(0); });
  }
};

thread_local Runner *Self = nullptr;

void parkRegisters(Process &P, unsigned Live) {
  P.ParkedX.assign(P.X, P.X + Live);
  P.X = P.ParkedX.data();
}

void loadRegisters(Process &P, Runner &R) {
  std::copy(P.ParkedX.begin(), P.ParkedX.end(), R.Regs.get());
  P.ParkedX.clear();
  P.X = R.Regs.get();
  P.FR = R.FRegs.get();
}
} // namespace

struct Scheduler::Impl {
  MailboxOps Mail;
  ExitHandler OnExit = nullptr;
  SchedulerConfig Config;
  std::vector<std::unique_ptr<Worker>> Workers;
  std::optional<std::mt19937_64> Rng; ///< Deterministic mode.

  // Idle workers sleep on one condition variable. A queuer that sees
  // `Idle > 0` notifies under `IdleLock`; a worker counts itself idle
  // before it looks at the queues a last time, so no wake is missed.
  std::mutex IdleLock;
  std::condition_variable IdleCV;
  std::atomic<unsigned> Idle{0}, Spinning{0};
  bool Done = false; ///< Under IdleLock.

  // The dirty pool.
  std::mutex DirtyLock;
  std::condition_variable DirtyCV;
  std::deque<Process *> DirtyJobs;
  std::vector<std::thread> DirtyThreads;
  unsigned DirtyIdle = 0;
  bool DirtyShutdown = false;
  std::atomic<std::size_t> DirtyInFlight{0};

  void ensureWorkers() {
    if (!Workers.empty())
      return;
    unsigned N = Config.Seed ? 1 : Config.Threads;
    if (!N)
      N = availableCpus();
    for (unsigned K = 0; K < N; ++K)
      Workers.push_back(std::make_unique<Worker>(K));
  }

  void notifyIdle() {
    if (Idle.load() > 0 && Spinning.load() == 0) {
      std::lock_guard<std::mutex> G(IdleLock);
      IdleCV.notify_one();
    }
  }

  /// Puts `P` (status `Queued`) in a run queue: the current scheduler's, or
  /// its home's when queued from elsewhere. An idle worker is told when the
  /// queue holds more than the queuer's own next process.
  void enqueue(Process &P) {
    SchedulerTask &T = *P.Task.load();
    bool Local = Self && !Self->Dirty;
    Worker *W = Local ? static_cast<Worker *>(Self) : Workers[T.Home % Workers.size()].get();
    T.ParkedIP.store(T.State.IP, std::memory_order_relaxed);
    std::size_t Queued;
    {
      std::lock_guard<std::mutex> G(W->Lock);
      W->Queues[P.Priority.load(std::memory_order_relaxed) & 3].push_back(&P);
      Queued = W->Size.fetch_add(1) + 1;
    }
    if (!Local || Queued > 1)
      notifyIdle();
  }

  Process *popLocal(Worker &W) {
    if (!W.Size.load())
      return nullptr;
    std::lock_guard<std::mutex> G(W.Lock);
    if (Rng)
      return W.pop([&](std::size_t N) { return std::size_t((*Rng)() % N); });
    return W.popFront();
  }

  Process *steal(Worker &W) {
    for (std::size_t K = 1; K < Workers.size(); ++K) {
      Worker &Victim = *Workers[(W.Index + K) % Workers.size()];
      if (!stealable(Victim))
        continue;
      std::unique_lock<std::mutex> G(Victim.Lock, std::try_to_lock);
      if (!G.owns_lock())
        continue;
      if (Process *P = Victim.popFront())
        return P;
    }
    return nullptr;
  }

  /// Whether an idle worker should take from `Victim`: more than one
  /// process queued, or one that its worker, busy for a while or idle
  /// itself, is not about to run.
  static bool stealable(Worker &Victim) {
    std::size_t Size = Victim.Size.load();
    if (Size != 1)
      return Size > 1;
    std::uint64_t Slice = Victim.Slice.load(std::memory_order_relaxed);
    if (!Slice)
      return true;
    // Stealable once one slice has been seen running this long.
    std::int64_t Now = monotonicNanos();
    if (Victim.SeenSlice.exchange(Slice, std::memory_order_relaxed) != Slice) {
      Victim.SeenAt.store(Now, std::memory_order_relaxed);
      return false;
    }
    return Now - Victim.SeenAt.load(std::memory_order_relaxed) >= StealLoneAfterNs;
  }

  bool anyStealable() {
    for (auto &W : Workers)
      if (stealable(*W))
        return true;
    return false;
  }

  /// Nothing to run: spin a while stealing, then sleep. Returns the stolen
  /// process, or null to look again; sets `Finished` when the VM has
  /// nothing left to do.
  Process *idle(Worker &W, bool &Finished) {
    Spinning.fetch_add(1);
    for (unsigned K = 0; K < SpinRounds && Workers.size() > 1; ++K) {
      if (Process *P = steal(W)) {
        Spinning.fetch_sub(1);
        return P;
      }
      std::this_thread::yield();
    }
    Spinning.fetch_sub(1);
    TimerWheel &Timers = TimerWheel::get();
    W.Slice.store(0, std::memory_order_relaxed);
    std::unique_lock<std::mutex> G(IdleLock);
    Idle.fetch_add(1);
    bool DirtyBusy = DirtyInFlight.load() > 0; // Before the queues: see `dirtyLoop`.
    std::optional<std::int64_t> Deadline = Timers.nextDeadline();
    if (Done || anyStealable() || Timers.mayExpire()) {
      Finished = Done;
      Idle.fetch_sub(1);
      return nullptr;
    }
    if (!DirtyBusy && Idle.load() == Workers.size() && !Timers.keepsAlive() &&
        !portsKeepAlive()) {
      Done = Finished = true;
      IdleCV.notify_all();
      Idle.fetch_sub(1);
      return nullptr;
    }
    runtimeOffline();
    if (Deadline)
      IdleCV.wait_until(G, std::chrono::steady_clock::time_point(std::chrono::nanoseconds(*Deadline)));
    else
      IdleCV.wait(G);
    runtimeOnline();
    Finished = Done;
    Idle.fetch_sub(1);
    return nullptr;
  }

  /// The wheel's callback: the receive timeout of generation `Gen` of
  /// `Owner` expired. `Owner` is alive: the wheel fires on runtime threads,
  /// which have not passed a quiescent point since it was looked up.
  static void recvTimeout(void *Owner, std::uint64_t Gen) {
    auto *P = static_cast<Process *>(Owner);
    SchedulerTask &T = *P->Task.load();
    if (T.TimerGen.load() != Gen)
      return;
    T.FiredGen.store(Gen);
    Scheduler::get().wake(*P);
  }

  /// Disarms the receive timer.
  static void disarm(SchedulerTask &T) {
    if (!T.RecvTimer)
      return;
    T.TimerGen.fetch_add(1); // A callback already under way is ignored.
    TimerWheel::get().cancelCallback(T.RecvTimer);
    T.RecvTimer = nullptr;
  }

  /// Arms or disarms the wheel's timer to match the receive state the
  /// interpreter left: armed by `wait_timeout`, cleared when a message was
  /// taken or the timeout clause ran. A slice may end one timed receive and
  /// begin another; the new one has a deadline of its own.
  static void syncRecvTimer(Process &P, SchedulerTask &T, RunOutcome Outcome) {
    if (!T.State.TimerActive || T.State.Deadline != T.RecvDeadline)
      disarm(T);
    if (T.State.TimerActive && !T.RecvTimer && Outcome == RunOutcome::Wait &&
        !T.State.TimedOut) {
      std::int64_t Deadline = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                  T.State.Deadline.time_since_epoch())
                                  .count();
      std::uint64_t Gen = T.TimerGen.fetch_add(1) + 1;
      T.RecvTimer = TimerWheel::get().startCallback(Deadline, recvTimeout, &P, Gen, &P.Daemon);
      T.RecvDeadline = T.State.Deadline;
    }
  }

  /// Runs `P` (status `Queued`, just taken from a queue) on `R`.
  RunOutcome runSlice(Runner &R, Process &P, SWord Reds) {
    SchedulerTask &T = *P.Task.load();
    T.Status.store(Running);
    RunOutcome Outcome = RunOutcome::Yield;
    if (!T.Killed.load(std::memory_order_acquire)) {
      loadRegisters(P, R);
      if (T.RecvTimer && T.FiredGen.load() == T.TimerGen.load()) {
        T.RecvTimer = nullptr; // Fired: the wheel has freed it.
        if (T.State.TimerActive)
          T.State.TimedOut = true;
      }
      R.Current = &P;
      P.RunLock.lock();
      P.RunLockHeld = true;
      Outcome = interpret(P, T.State, Reds);
      SWord Used = Reds - T.State.RedsLeft;
      P.Reductions += Used; // Under the run lock, which process_info takes.
      R.Reductions.store(R.Reductions.load(std::memory_order_relaxed) + std::uint64_t(Used),
                         std::memory_order_relaxed);
      P.RunLockHeld = false;
      P.RunLock.unlock();
      R.Current = nullptr;
    }
    // Killed before or during the slice (an exit of its own comes first).
    if (Outcome != RunOutcome::Exit && T.Killed.load(std::memory_order_acquire)) {
      T.State.ExitReason = T.KillReason;
      Outcome = RunOutcome::Exit;
    }
    return Outcome;
  }

  /// Queues a `Suspended` process again, unless another thread did.
  void requeueSuspended(Process &P) {
    SchedulerTask &T = *P.Task.load();
    std::uint8_t Expected = Suspended;
    if (T.Status.compare_exchange_strong(Expected, Queued))
      enqueue(P);
  }

  /// A process just taken from a run queue that is suspended (and not
  /// killed) is parked `Suspended` instead of run; true if it was. A
  /// resume or kill racing with the park sees the new status, or the park
  /// sees its effect and requeues.
  bool parkIfSuspended(Process &P) {
    SchedulerTask &T = *P.Task.load();
    if (!T.Suspends.load() || T.Killed.load())
      return false;
    T.Status.store(Suspended);
    if (!T.Suspends.load() || T.Killed.load())
      requeueSuspended(P);
    return true;
  }

  /// After a slice: requeue, park, hand to the dirty pool, or exit.
  void finishSlice(Process &P, RunOutcome Outcome) {
    SchedulerTask &T = *P.Task.load();
    switch (Outcome) {
    case RunOutcome::Exit: {
      T.State.TimerActive = false;
      disarm(T);
      T.Status.store(Exited);
      parkRegisters(P, 0);
      if (OnExit)
        OnExit(P, T.State.ExitReason);
      else
        processExited(P, T.State.ExitReason);
      return;
    }
    case RunOutcome::Yield:
      syncRecvTimer(P, T, Outcome);
      parkRegisters(P, T.State.LiveX);
      T.Status.store(Queued);
      enqueue(P);
      return;
    case RunOutcome::Wait: {
      syncRecvTimer(P, T, Outcome);
      parkRegisters(P, T.State.LiveX);
      T.ParkedIP.store(T.State.IP, std::memory_order_relaxed);
      std::uint8_t Expected = Running;
      if (!T.Status.compare_exchange_strong(Expected, Waiting)) {
        T.Status.store(Queued); // Woken while it ran.
        enqueue(P);
      }
      return;
    }
    case RunOutcome::Dirty:
      parkRegisters(P, T.State.LiveX);
      T.ParkedIP.store(T.State.DirtySite, std::memory_order_relaxed);
      submitDirty(P);
      return;
    }
  }

  void workerLoop(Worker &W) {
    Self = &W;
    enterRuntimeThread(W.Index);
    TimerWheel &Timers = TimerWheel::get();
    for (;;) {
      runtimeQuiescent();
      // While the worker is busy the clock is read every fourth slice: a
      // timer is late by at most three slices (well under a millisecond).
      // After idling it is read at once (a timer may be why it woke).
      if (W.SinceTimerPoll++ % 4 == 0 && Timers.mayExpire())
        Timers.expire(monotonicNanos());
      Process *P = popLocal(W);
      if (!P) {
        bool Finished = false;
        P = idle(W, Finished);
        if (Finished)
          break;
        if (!P) {
          W.SinceTimerPoll = 0;
          continue;
        }
      }
      if (parkIfSuspended(*P))
        continue;
      SWord Reds = Rng ? SWord(1 + (*Rng)() % ReductionsPerSlice) : ReductionsPerSlice;
      if (Workers.size() > 1)
        W.Slice.store(++W.SlicesBegun, std::memory_order_relaxed);
      finishSlice(*P, runSlice(W, *P, Reds));
    }
    leaveRuntimeThread();
    Self = nullptr;
  }

  void submitDirty(Process &P) {
    DirtyInFlight.fetch_add(1);
    std::lock_guard<std::mutex> G(DirtyLock);
    DirtyJobs.push_back(&P);
    if (DirtyIdle == 0 && DirtyThreads.size() < MaxDirtyThreads) {
      unsigned Index = unsigned(DirtyThreads.size());
      DirtyThreads.emplace_back([this, Index] { dirtyLoop(Index); });
    } else {
      DirtyCV.notify_one();
    }
  }

  void dirtyLoop(unsigned Index) {
    Runner R(Index, true);
    Self = &R;
    enterRuntimeThread();
    for (;;) {
      runtimeOffline();
      Process *P;
      {
        std::unique_lock<std::mutex> G(DirtyLock);
        ++DirtyIdle;
        DirtyCV.wait(G, [&] { return !DirtyJobs.empty() || DirtyShutdown; });
        --DirtyIdle;
        if (DirtyJobs.empty())
          break;
        P = DirtyJobs.front();
        DirtyJobs.pop_front();
      }
      runtimeOnline();
      SchedulerTask &T = *P->Task.load();
      T.State.OnDirty = true;
      RunOutcome Outcome = runSlice(R, *P, 1);
      T.State.OnDirty = false;
      finishSlice(*P, Outcome);
      // The queue is filled before the count drops, so an idle worker that
      // reads zero also sees the process queued (or finds it exited).
      DirtyInFlight.fetch_sub(1);
      {
        std::lock_guard<std::mutex> G(IdleLock);
        IdleCV.notify_one();
      }
      runtimeQuiescent();
    }
    leaveRuntimeThread();
  }

  void stopDirtyPool() {
    {
      std::lock_guard<std::mutex> G(DirtyLock);
      DirtyShutdown = true;
      DirtyCV.notify_all();
    }
    for (std::thread &T : DirtyThreads)
      T.join();
    DirtyThreads.clear();
    DirtyShutdown = false;
  }
};

Scheduler::Scheduler() : I(new Impl) {}

Scheduler &Scheduler::get() {
  static Scheduler S;
  return S;
}

void Scheduler::setMailboxOps(const MailboxOps &Ops) { I->Mail = Ops; }
const MailboxOps &Scheduler::mailboxOps() const { return I->Mail; }
void Scheduler::setExitHandler(ExitHandler Handler) { I->OnExit = Handler; }

void Scheduler::configure(const SchedulerConfig &Config) {
  I->Config = Config;
  I->Workers.clear();
  I->Rng.reset();
  if (Config.Seed)
    I->Rng.emplace(*Config.Seed);
  I->ensureWorkers();
}

unsigned Scheduler::threadCount() const {
  I->ensureWorkers();
  return unsigned(I->Workers.size());
}

Process *Scheduler::current() const { return Self ? Self->Current : nullptr; }

const Word *Scheduler::currentCallSite() const {
  Process *P = current();
  return P ? P->Task.load()->State.IP : nullptr;
}

const Word *Scheduler::resumeAddress(Process &P) const {
  SchedulerTask *T = P.Task.load();
  return T ? T->ParkedIP.load(std::memory_order_relaxed) : nullptr;
}

void Scheduler::spawn(Process &P, Export &Entry) {
  // Start through `apply` of an export fun so that loading and undef work
  // as for any call.
  Word *Hp = P.allocate(4);
  Hp[0] = makeHeader(HeaderKind::Export, 3);
  Hp[1] = Entry.Module.raw();
  Hp[2] = Entry.Function.raw();
  Hp[3] = Term::small(Entry.Arity).raw();
  spawnFun(P, Term::boxed(Hp), Entry.Arity);
}

void Scheduler::spawnFun(Process &P, Term Fun, unsigned NumArgs) {
  I->ensureWorkers();
  if (P.ParkedX.size() < NumArgs + 1)
    P.ParkedX.resize(NumArgs + 1, Term::nil());
  P.X = P.ParkedX.data();
  P.X[NumArgs] = Fun;
  P.CP = normalExitAddress();
  auto *T = new SchedulerTask;
  T->State.IP = applyEntryAddress(NumArgs);
  T->Home = Self && !Self->Dirty ? Self->Index : 0;
  P.Task.store(T);
  I->enqueue(P);
}

void Scheduler::wake(Process &P) {
  SchedulerTask *T = P.Task.load();
  if (!T)
    return;
  for (;;) {
    std::uint8_t S = T->Status.load();
    if (S == Waiting) {
      if (T->Status.compare_exchange_weak(S, Queued)) {
        I->enqueue(P);
        return;
      }
    } else if (S == Running) {
      if (T->Status.compare_exchange_weak(S, RunningWoken))
        return;
    } else {
      return;
    }
  }
}

void Scheduler::recheckIdle() {
  std::lock_guard<std::mutex> G(I->IdleLock);
  I->IdleCV.notify_all();
}

void Scheduler::kill(Process &P, Term Reason) {
  SchedulerTask *T = P.Task.load();
  if (!T)
    return;
  T->KillReason = Reason;
  T->Killed.store(true, std::memory_order_release);
  T->State.YieldRequested.store(true);
  wake(P);
  I->requeueSuspended(P);
}

std::uint64_t Scheduler::reductions() const {
  std::uint64_t Sum = 0;
  for (auto &W : I->Workers)
    Sum += W->Reductions.load(std::memory_order_relaxed);
  return Sum;
}

std::vector<std::size_t> Scheduler::runQueueLengths() const {
  std::vector<std::size_t> L;
  for (auto &W : I->Workers)
    L.push_back(W->Size.load(std::memory_order_relaxed));
  return L;
}

void Scheduler::suspend(Process &P) {
  SchedulerTask *T = P.Task.load();
  if (!T)
    return;
  T->Suspends.fetch_add(1);
  T->State.YieldRequested.store(true);
}

bool Scheduler::resume(Process &P) {
  SchedulerTask *T = P.Task.load();
  if (!T)
    return false;
  unsigned N = T->Suspends.load();
  do
    if (!N)
      return false;
  while (!T->Suspends.compare_exchange_weak(N, N - 1));
  if (N == 1)
    I->requeueSuspended(P);
  return true;
}

Scheduler::ProcessStatus Scheduler::status(Process &P) const {
  SchedulerTask *T = P.Task.load();
  if (T && T->Suspends.load() && T->Status.load() != Exited)
    return ProcessStatus::Suspended;
  switch (T ? T->Status.load() : std::uint8_t(Queued)) {
  case Waiting:
    return ProcessStatus::Waiting;
  case Running:
  case RunningWoken:
    return ProcessStatus::Running;
  case Exited:
    return ProcessStatus::Exiting;
  default:
    return ProcessStatus::Runnable;
  }
}

void Scheduler::release(Process &P) { delete P.Task.exchange(nullptr); }

void Scheduler::yieldCurrent() {
  if (Process *P = current())
    P->Task.load()->State.YieldRequested.store(true, std::memory_order_relaxed);
}

void Scheduler::run() {
  I->ensureWorkers();
  if (I->Config.Seed)
    std::fprintf(stderr, "beamr-jit: deterministic scheduling, seed %llu\n",
                 static_cast<unsigned long long>(*I->Config.Seed));
  {
    std::lock_guard<std::mutex> G(I->IdleLock);
    I->Done = false;
  }
  for (std::size_t K = 1; K < I->Workers.size(); ++K) {
    Worker &W = *I->Workers[K];
    W.Thread = std::thread([this, &W] { I->workerLoop(W); });
  }
  I->workerLoop(*I->Workers[0]);
  for (std::size_t K = 1; K < I->Workers.size(); ++K)
    I->Workers[K]->Thread.join();
  I->stopDirtyPool();
}
