//===- beamr/Interp/Scheduler.h - Running processes -------------*- C++ -*-===//
///
/// \file
/// The scheduler runs runnable processes round-robin on one thread: a process
/// runs until its reductions are used, it waits in `receive`, or it exits.
/// (Several scheduler threads come later; this interface stays.)
///
/// Ownership. `Process` objects belong to the process table (the processes
/// engineer's `ProcessTable`): it creates them, gives them pids, and frees
/// them after the scheduler reported their exit through the exit handler.
/// The scheduler only keeps its own bookkeeping (where a process resumes,
/// whether it is runnable or waiting, its receive timer).
///
/// Mailboxes. The interpreter reaches a process's mailbox only through the
/// `MailboxOps` hooks below, which the mailbox's owner installs at start-up;
/// until then every mailbox looks empty. A message arriving for a waiting
/// process must be followed by `wake(P)`.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_SCHEDULER_H
#define BEAMR_INTERP_SCHEDULER_H

#include "beamr/Runtime/Export.h"
#include "beamr/Runtime/Process.h"

#include <chrono>
#include <cstdint>
#include <functional>

namespace beamr {

/// Reductions a process may use before the scheduler switches (erl's 4000).
constexpr SWord ReductionsPerSlice = 4000;

/// What `receive` needs from a mailbox. All are called on the process's own
/// scheduler thread with the process itself running.
struct MailboxOps {
  /// The message at the receive cursor, or `NoValue` when the cursor is past
  /// the last message (`loop_rec` then jumps to `wait`). Moves newly arrived
  /// messages into the private queue first if it needs to.
  Term (*peek)(Process &P) = nullptr;
  /// Moves the receive cursor to the next message (`loop_rec_end`).
  void (*advance)(Process &P) = nullptr;
  /// Removes the message at the cursor and resets the cursor to the first
  /// message (`remove_message`).
  void (*remove)(Process &P) = nullptr;
  /// Resets the cursor to the first message (`timeout`, and the start of a
  /// receive that has no saved marker).
  void (*resetCursor)(Process &P) = nullptr;
  /// `recv_marker_reserve`: returns a marker term (a reference) naming the
  /// current end of the queue. May be null: then markers are ignored.
  Term (*reserveMarker)(Process &P) = nullptr;
  /// `recv_marker_bind`: associates a marker with a reference term.
  void (*bindMarker)(Process &P, Term Marker, Term Ref) = nullptr;
  /// `recv_marker_use`: starts the cursor at the marker bound to `Ref`.
  void (*useMarker)(Process &P, Term Ref) = nullptr;
  /// `recv_marker_clear`.
  void (*clearMarker)(Process &P, Term Ref) = nullptr;
};

/// Called once when a process has terminated, with its exit reason (`normal`
/// after its initial call returned; for an uncaught exception erl's reason:
/// an exit's reason, `{Reason, Stack}` for an error, `{{nocatch, V}, Stack}`
/// for a throw). The scheduler no longer references `P` afterwards; the
/// handler may free it.
using ExitHandler = void (*)(Process &P, Term Reason);

class Scheduler {
public:
  static Scheduler &get();

  /// Installs the mailbox hooks (once, at start-up).
  void setMailboxOps(const MailboxOps &Ops);
  const MailboxOps &mailboxOps() const;
  /// Installs the exit handler (once, at start-up). Without one, exited
  /// processes are deleted by the scheduler.
  void setExitHandler(ExitHandler Handler);

  /// Makes `P` start by calling `Entry` with `X[0..Entry.Arity)` (already on
  /// `P`'s heap) and queues it. Loads the module on first call; an undefined
  /// function makes the process exit with `undef` as in erl.
  void spawn(Process &P, Export &Entry);
  /// Makes `P` start by applying `Fun` (a fun term reachable from `P`) to
  /// `X[0..NumArgs)` and queues it.
  void spawnFun(Process &P, Term Fun, unsigned NumArgs);
  /// A message arrived (or anything else that ends a wait): a waiting `P`
  /// becomes runnable; a running or runnable one is left alone.
  void wake(Process &P);
  /// Makes `P` exit with `Reason` the next time it is scheduled (an exit
  /// signal that is not trapped). Wakes it if it waits.
  void kill(Process &P, Term Reason);
  /// The process running on this thread, or null outside of `run`.
  Process *current() const;
  /// The running process's latest call site recorded by the interpreter
  /// (the instruction that called the BIF now running), or null.
  const Word *currentCallSite() const;
  /// Where a process that is not running resumes (its receive, for one
  /// that waits), or null if the scheduler does not know it.
  const Word *resumeAddress(Process &P) const;

  /// Runs until no process is runnable and no timer is pending (receive
  /// timeouts and the BIF timers of the timer wheel).
  void run();

  /// Asks the running process to give up the processor at its next call
  /// (`erlang:yield/0`, or a BIF that wants other processes to run).
  void yieldCurrent();

private:
  Scheduler();
  struct Impl;
  Impl *I;
};

} // namespace beamr

#endif // BEAMR_INTERP_SCHEDULER_H
