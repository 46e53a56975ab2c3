//===- interp/Scheduler.cpp - Round-robin scheduling on one thread --------===//
///
/// \file
/// A run queue of processes, the waiting ones, and the loop that runs each
/// process for a slice of reductions. `receive ... after` timers are
/// callbacks on the timer wheel (Timers.h), which the loop also drives.
//===----------------------------------------------------------------------===//
#include "beamr/Interp/Scheduler.h"

#include "beamr/Interp/Interpreter.h"
#include "beamr/Runtime/Timers.h"

#include <deque>
#include <thread>
#include <unordered_map>

using namespace beamr;

namespace {
enum class TaskStatus { Runnable, Waiting, Running };
struct Task {
  RunState State;
  TaskStatus Status = TaskStatus::Runnable;
  bool Killed = false;
  Term KillReason;
  /// The wheel's timer for the receive timeout while one is armed.
  TimerEntry *RecvTimer = nullptr;
};
} // namespace

struct Scheduler::Impl {
  MailboxOps Mail;
  ExitHandler OnExit = nullptr;
  std::unordered_map<Process *, Task> Tasks;
  std::deque<Process *> RunQueue;
  Process *Current = nullptr;

  /// The wheel's callback: the receive timeout of `Owner` expired.
  static void recvTimeout(void *Owner) {
    Impl &Self = *Scheduler::get().I;
    auto *P = static_cast<Process *>(Owner);
    Task &T = Self.Tasks[P];
    T.RecvTimer = nullptr;
    T.State.TimedOut = true;
    if (T.Status == TaskStatus::Waiting) {
      T.Status = TaskStatus::Runnable;
      Self.RunQueue.push_back(P);
    }
  }
  /// Arms or disarms the wheel's timer to match the receive state the
  /// interpreter left (a timer armed by `wait_timeout`, or cleared when a
  /// message was taken or the timeout clause ran).
  void syncRecvTimer(Process *P, Task &T) {
    if (T.State.TimerActive && !T.RecvTimer && T.Status == TaskStatus::Waiting) {
      std::int64_t Deadline = std::chrono::duration_cast<std::chrono::nanoseconds>(
                                  T.State.Deadline.time_since_epoch())
                                  .count();
      T.RecvTimer = TimerWheel::get().startCallback(Deadline, recvTimeout, P);
    } else if (!T.State.TimerActive && T.RecvTimer) {
      TimerWheel::get().cancelCallback(T.RecvTimer);
      T.RecvTimer = nullptr;
    }
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
Process *Scheduler::current() const { return I->Current; }
const Word *Scheduler::currentCallSite() const {
  return I->Current ? I->Tasks[I->Current].State.IP : nullptr;
}

const Word *Scheduler::resumeAddress(Process &P) const {
  auto It = I->Tasks.find(&P);
  return It == I->Tasks.end() ? nullptr : It->second.State.IP;
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
  P.X[NumArgs] = Fun;
  P.CP = normalExitAddress();
  Task &T = I->Tasks[&P];
  T.State.IP = applyEntryAddress(NumArgs);
  T.Status = TaskStatus::Runnable;
  I->RunQueue.push_back(&P);
}

void Scheduler::wake(Process &P) {
  auto It = I->Tasks.find(&P);
  if (It == I->Tasks.end() || It->second.Status != TaskStatus::Waiting)
    return;
  It->second.Status = TaskStatus::Runnable;
  I->RunQueue.push_back(&P);
}

void Scheduler::kill(Process &P, Term Reason) {
  auto It = I->Tasks.find(&P);
  if (It == I->Tasks.end())
    return;
  It->second.Killed = true;
  It->second.KillReason = Reason;
  if (It->second.Status == TaskStatus::Waiting) {
    It->second.Status = TaskStatus::Runnable;
    I->RunQueue.push_back(&P);
  }
  if (&P == I->Current)
    It->second.State.YieldRequested = true;
}

void Scheduler::yieldCurrent() {
  if (I->Current)
    I->Tasks[I->Current].State.YieldRequested = true;
}

void Scheduler::run() {
  TimerWheel &Timers = TimerWheel::get();
  for (;;) {
    Timers.expire(monotonicNanos());
    if (I->RunQueue.empty()) {
      std::optional<std::int64_t> Next = Timers.nextDeadline();
      if (!Next)
        return;
      std::this_thread::sleep_until(
          std::chrono::steady_clock::time_point(std::chrono::nanoseconds(*Next)));
      continue;
    }
    Process *P = I->RunQueue.front();
    I->RunQueue.pop_front();
    Task &T = I->Tasks[P];
    RunOutcome Outcome;
    if (T.Killed) {
      T.State.ExitReason = T.KillReason;
      Outcome = RunOutcome::Exit;
    } else {
      T.Status = TaskStatus::Running;
      I->Current = P;
      Outcome = interpret(*P, T.State, ReductionsPerSlice);
      I->Current = nullptr;
      if (T.Killed && Outcome != RunOutcome::Exit) {
        T.State.ExitReason = T.KillReason;
        Outcome = RunOutcome::Exit;
      }
    }
    if (Outcome != RunOutcome::Exit) {
      T.Status = Outcome == RunOutcome::Wait ? TaskStatus::Waiting : TaskStatus::Runnable;
      I->syncRecvTimer(P, T);
    }
    switch (Outcome) {
    case RunOutcome::Yield:
      T.Status = TaskStatus::Runnable;
      I->RunQueue.push_back(P);
      break;
    case RunOutcome::Wait:
      T.Status = TaskStatus::Waiting;
      break;
    case RunOutcome::Exit: {
      Term Reason = T.State.ExitReason;
      T.State.TimerActive = false;
      I->syncRecvTimer(P, T);
      I->Tasks.erase(P);
      if (I->OnExit)
        I->OnExit(*P, Reason);
      else
        delete P;
      break;
    }
    }
  }
}
