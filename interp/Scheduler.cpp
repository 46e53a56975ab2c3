//===- interp/Scheduler.cpp - Round-robin scheduling on one thread --------===//
///
/// \file
/// A run queue of processes, a wait set with receive timers, and the loop
/// that runs each process for a slice of reductions.
//===----------------------------------------------------------------------===//
#include "beamr/Interp/Scheduler.h"

#include "beamr/Interp/Interpreter.h"

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
};
} // namespace

struct Scheduler::Impl {
  MailboxOps Mail;
  ExitHandler OnExit = nullptr;
  std::unordered_map<Process *, Task> Tasks;
  std::deque<Process *> RunQueue;
  Process *Current = nullptr;
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
  for (;;) {
    // Fire expired receive timers.
    auto Now = std::chrono::steady_clock::now();
    bool AnyTimer = false;
    auto Earliest = std::chrono::steady_clock::time_point::max();
    for (auto &[P, T] : I->Tasks) {
      if (T.Status != TaskStatus::Waiting || !T.State.TimerActive)
        continue;
      if (T.State.Deadline <= Now) {
        T.State.TimedOut = true;
        T.Status = TaskStatus::Runnable;
        I->RunQueue.push_back(P);
      } else {
        AnyTimer = true;
        Earliest = std::min(Earliest, T.State.Deadline);
      }
    }
    if (I->RunQueue.empty()) {
      if (!AnyTimer)
        return;
      std::this_thread::sleep_until(Earliest);
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
