//===- beamr/Interp/Scheduler.h - Running processes -------------*- C++ -*-===//
///
/// \file
/// The schedulers run processes on several OS threads, as ERTS does: one
/// scheduler thread per online core by default (`+S N` chooses), each with
/// its own run queue of the four priorities; an idle scheduler steals from
/// the others before it sleeps. A process runs until it has used its 4000
/// reductions, waits in `receive`, or exits. A call of a BIF that may block
/// (`Export::Dirty`: the file system, external commands) moves the process
/// to the dirty pool, threads of their own, for that call, so no scheduler
/// thread ever blocks. The deterministic mode (`--seed N`) runs everything
/// on one thread and lets a seeded generator choose which runnable process
/// runs next and for how many reductions: one seed, one interleaving.
///
/// Ownership. `Process` objects belong to the process table: it creates
/// them, gives them pids, and frees them after the exit handler has run and
/// every thread has stopped looking at them (ProcessTable.h). The scheduler
/// keeps its own bookkeeping per process (a `Task`: where the process
/// resumes, whether it is runnable, waiting or running, its receive timer)
/// and hands it to the process table to free with the process.
///
/// Waking. A message or signal for a process that waits must be followed
/// by `wake(P)`, from any thread. A wake that arrives while the process
/// runs is remembered, so a process that was about to wait runs again.
///
/// Mailboxes. The interpreter reaches a process's mailbox only through the
/// `MailboxOps` hooks below, which the mailbox's owner installs at start-up;
/// until then every mailbox looks empty.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_SCHEDULER_H
#define BEAMR_INTERP_SCHEDULER_H

#include "beamr/Runtime/Export.h"
#include "beamr/Runtime/Process.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace beamr {

/// Reductions a process may use before the scheduler switches (erl's 4000).
constexpr SWord ReductionsPerSlice = 4000;

/// What `receive` needs from a mailbox. All are called on the thread running
/// the process, with the process itself running.
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
/// for a throw), on the thread that ran it last. The scheduler no longer
/// runs `P` afterwards.
using ExitHandler = void (*)(Process &P, Term Reason);

/// How the schedulers run; set before `run`.
struct SchedulerConfig {
  /// Scheduler threads; 0: one per online core.
  unsigned Threads = 0;
  /// Deterministic mode: one thread, the interleaving chosen by this seed.
  std::optional<std::uint64_t> Seed;
};

class Scheduler {
public:
  static Scheduler &get();

  /// Installs the mailbox hooks (once, at start-up).
  void setMailboxOps(const MailboxOps &Ops);
  const MailboxOps &mailboxOps() const;
  /// Installs the exit handler (once, at start-up). Without one, exited
  /// processes are handed to the process table to be freed.
  void setExitHandler(ExitHandler Handler);
  void configure(const SchedulerConfig &Config);
  /// The scheduler threads `run` uses (erlang:system_info(schedulers)).
  unsigned threadCount() const;

  /// Makes `P` start by calling `Entry` with `X[0..Entry.Arity)` (parked
  /// registers, already on `P`'s heap) and queues it. Loads the module on
  /// first call; an undefined function makes the process exit with `undef`
  /// as in erl.
  void spawn(Process &P, Export &Entry);
  /// Makes `P` start by applying `Fun` (a fun term reachable from `P`) to
  /// `X[0..NumArgs)` and queues it.
  void spawnFun(Process &P, Term Fun, unsigned NumArgs);
  /// Any thread: a message arrived (or anything else that ends a wait). A
  /// waiting `P` becomes runnable; a running one runs again if it waits.
  void wake(Process &P);
  /// Any thread: something outside processes that could still send a
  /// message ended (a port's input); idle schedulers look again whether
  /// anything can still happen.
  void recheckIdle();
  /// Any thread: makes `P` exit with `Reason` (a term that outlives `P`'s
  /// run, e.g. the exit signal's own copy) the next time it is scheduled or
  /// at its next call if it runs.
  void kill(Process &P, Term Reason);
  /// Any thread: erlang:suspend_process/2's effect. A suspended process is
  /// not scheduled (a running one stops at its next call) until `resume`
  /// has been called as often as `suspend`; an exit signal still ends it.
  void suspend(Process &P);
  /// Any thread: the reductions all schedulers have used so far.
  std::uint64_t reductions() const;
  /// Any thread: the processes in each scheduler's run queues.
  std::vector<std::size_t> runQueueLengths() const;
  /// Any thread: undoes one `suspend`; false if `P` was not suspended.
  bool resume(Process &P);
  /// The process running on this thread, or null.
  Process *current() const;
  /// The running process's latest call site recorded by the interpreter
  /// (the instruction that called the BIF now running), or null.
  const Word *currentCallSite() const;
  /// Where a process that is not running resumes (its receive, for one
  /// that waits), or null if not known.
  const Word *resumeAddress(Process &P) const;

  /// Runs the schedulers until no process can run again: none is runnable
  /// or running, no timer is pending (receive timeouts and the BIF timers
  /// of the timer wheel) and no dirty call is in progress.
  void run();

  enum class ProcessStatus { Waiting, Runnable, Running, Exiting, Suspended };
  /// What process_info(P, status) reports (any thread).
  ProcessStatus status(Process &P) const;

  /// Frees the bookkeeping of `P`, which is being freed
  /// (`ProcessHooks::releaseTask`).
  void release(Process &P);

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
