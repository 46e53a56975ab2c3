//===- beamr/Runtime/ProcessTable.h - Pids, names, signals ------*- C++ -*-===//
///
/// \file
/// The process table owns every `Process`: it creates them with a fresh pid,
/// finds them by pid (from any thread), keeps the registered names, and
/// frees a process after the scheduler reported its exit (`processExited`,
/// which also sends its exit signals and `'DOWN'` messages).
///
/// Pids. Numbers and serials are handed out as erl does: a counter whose low
/// 15 bits are the number and the next 13 bits the serial, so pids print as
/// `<0.N.S>` with `N < 32768`. Live processes sit in a power-of-two array
/// of slots indexed by the counter's low bits (doubled when half full); a
/// counter value whose slot is taken is skipped, so a pid names at most one
/// live process, is not reused until the counter wraps, and `lookup` is a
/// load without a lock. The old array of a doubling is freed like a
/// process (below).
///
/// Freeing. Any thread may hold a `Process *` from `lookup` while the
/// process exits on another, so `destroy` only removes the process from the
/// table; it is freed once every *runtime thread* (a thread that runs
/// processes: the schedulers, the dirty pool) has passed a quiescent point
/// since, a point where it holds no such pointer (between two slices, or
/// while it sleeps). With no runtime thread registered, `destroy` frees at
/// once.
///
/// The runtime never calls the scheduler directly (lib/Runtime does not
/// depend on interp/): the scheduler's entry points reach it through
/// `ProcessHooks`, which the boot code installs.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_PROCESSTABLE_H
#define BEAMR_RUNTIME_PROCESSTABLE_H

#include "beamr/Runtime/Export.h"
#include "beamr/Runtime/Process.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace beamr {

/// What the runtime needs from the scheduler. Every field must be set before
/// a process runs code that spawns or sends (the boot code fills them from
/// `Scheduler`, see docs/Runtime.md "Processes"). Null fields make spawning
/// fail with `system_limit` and make wake/yield no-ops.
struct ProcessHooks {
  /// Start `P` by calling `Entry` with `X[0..Arity)` and queue it.
  void (*spawn)(Process &P, Export &Entry) = nullptr;
  /// Start `P` by applying `Fun` (on `P`'s heap) to `X[0..NumArgs)`.
  void (*spawnFun)(Process &P, Term Fun, unsigned NumArgs) = nullptr;
  /// A message or signal arrived for `P`.
  void (*wake)(Process &P) = nullptr;
  /// `P` must exit with `Reason` (an untrapped exit signal).
  void (*kill)(Process &P, Term Reason) = nullptr;
  /// The running process should give up the processor soon.
  void (*yieldCurrent)() = nullptr;
  /// `process_info(Q, current_stacktrace)`: the frames of `Q` (the running
  /// process `P`, or another that is not running) as erl lists them, built
  /// on `P`'s heap. Null: the answer is `[]`.
  Term (*currentStacktrace)(Process &P, Process &Q) = nullptr;
  /// `process_info(Q, current_function)` for another process `Q` (which is
  /// not running): `{M, F, A}` built on `P`'s heap, or NoValue if unknown.
  Term (*currentFunctionOf)(Process &P, Process &Q) = nullptr;
  /// `process_info(Q, status)` for a process other than the caller: the
  /// atom `waiting`, `runnable`, `running` or `exiting`. Null: `waiting`.
  Term (*statusOf)(Process &Q) = nullptr;
  /// Frees the scheduler's bookkeeping of `P` (`P.Task`) as `P` is freed.
  void (*releaseTask)(Process &P) = nullptr;
  /// A source of messages outside processes (a port's input) ended; see
  /// `Scheduler::recheckIdle`.
  void (*recheckIdle)() = nullptr;
  /// erlang:suspend_process/2 and resume_process/1 on `P` (see
  /// `Scheduler::suspend`); null: both are unsupported.
  void (*suspend)(Process &P) = nullptr;
  void (*resume)(Process &P) = nullptr;
  /// Reductions used by every process so far (statistics(reductions)).
  std::uint64_t (*reductions)() = nullptr;
  /// Processes waiting in each scheduler's run queues.
  std::vector<std::size_t> (*runQueueLengths)() = nullptr;
};
void setProcessHooks(const ProcessHooks &Hooks);
const ProcessHooks &processHooks();

class ProcessTable {
public:
  static ProcessTable &get();

  /// A new process with a fresh pid, not yet running. `GroupLeader` is a
  /// pid (the spawning process's group leader) or nil for the process's own
  /// pid. Null when `limit()` processes exist already.
  Process *create(Term GroupLeader = Term::nil());
  /// The most processes that may exist at once: erl's `+P` (rounded up to
  /// a power of two, as erl does), 262144 by default.
  std::size_t limit() const;
  void setLimit(std::size_t Limit);
  /// The live process with this pid, or null. Lock-free; the pointer stays
  /// valid until the calling runtime thread's next quiescent point.
  Process *lookup(Term Pid);
  /// Removes `P` from the table (and its name): `lookup`, `whereis` and
  /// `pids` no longer find it. It stays allocated.
  void remove(Process *P);
  /// `remove`s `P` and frees it when no runtime thread can still hold it.
  void destroy(Process *P);
  /// Pids of all processes in the table, oldest first.
  std::vector<Term> pids();
  std::size_t size();

  /// `register/2`: false if `Name` is `undefined` or taken, `Pid` is not
  /// alive or already has a name.
  bool registerName(Term Name, Term Pid);
  /// False if `Name` was not registered.
  bool unregisterName(Term Name);
  /// The pid registered as `Name`, or nil.
  Term whereis(Term Name);
  std::vector<Term> registeredNames();

  /// Aliases (`alias/0`, `monitor/3` with `{alias, _}`): a reference that
  /// names the process that made it while active.
  void addAlias(const RefIds &Ref, Term Pid);
  /// False if `Ref` was no active alias of `Pid`.
  bool removeAlias(const RefIds &Ref, Term Pid);
  /// The pid the alias names, or nil.
  Term aliasOwner(const RefIds &Ref);

private:
  ProcessTable();
  /// Frees `P`, now out of the table, once no runtime thread can hold it.
  void retire(Process *P);
  struct Impl;
  Impl *I;
};

/// The CPUs this process may run on, as erl counts them for its default
/// number of schedulers.
unsigned availableCpus();
/// The scheduler threads (erlang:system_info(schedulers)); the boot code
/// sets it from the scheduler's configuration. Default: `availableCpus()`.
void setSchedulerThreads(unsigned N);
unsigned schedulerThreads();

// Runtime threads (see "Freeing" above); each function is for the calling
// thread.
/// The thread runs processes from now on (and is online). `Index`: the
/// scheduler's number (0 for other threads), which the thread's references
/// carry and which picks its timer wheel (`runtimeThreadIndex`).
void enterRuntimeThread(unsigned Index = 0);
/// The calling thread's `enterRuntimeThread` index (0 elsewhere).
unsigned runtimeThreadIndex();
void leaveRuntimeThread();
/// The thread holds no `Process *` it found by `lookup`; frees what it can.
void runtimeQuiescent();
/// The thread sleeps (holds nothing) until `runtimeOnline`.
void runtimeOffline();
void runtimeOnline();

/// Fresh ids for a local reference, unique for the life of the VM. The top
/// byte of the third word is the creating thread's `runtimeThreadIndex()`
/// (modulo 256), so the thread a timer's reference came from can be told
/// from the reference (Timers.h).
RefIds nextRefIds();
/// The `runtimeThreadIndex()` of the thread that made `Ids`.
inline unsigned refThreadIndex(const RefIds &Ids) { return unsigned(Ids[2] >> 24); }
/// A fresh reference on `A`.
Term makeRef(TermAllocator &A);
/// The ids of a reference made by `makeRef` (a local one of three words),
/// or nothing: what the registries keyed by reference (ETS tables,
/// atomics, queues, timers, compiled specs) look up.
std::optional<RefIds> refIdsOf(Term T);

// Messages and signals. `From` is a pid (or nil where there is no sender).

/// Copies `Msg` into a new message for `To` and wakes it.
void sendMessage(Process &To, Term Msg);
/// Same for a pid; a dead or unknown pid drops the message, as erl does.
void sendMessage(Term ToPid, Term Msg);
/// Queues a message already copied (taking ownership) and wakes `To`.
void deliverMessage(Process &To, Message *M);

/// Delivers an exit signal from `From` to `To`. `Untrappable` is for
/// `exit(Pid, kill)`: `To` dies with reason `killed` even when trapping.
/// Otherwise a trapping `To` gets `{'EXIT', From, Reason}`, a `normal`
/// reason is ignored (unless `From` is `To` itself), and anything else
/// kills `To` with `Reason`.
void sendExitSignal(Term From, Process &To, Term Reason, bool Untrappable = false);

/// Links `A` and `B` both ways (nothing if already linked or the same).
/// False, with nothing linked, when `B` is already exiting: the caller
/// treats it as gone.
bool linkProcesses(Process &A, Process &B);
void unlinkProcesses(Process &A, Term BPid);
/// `Watcher` monitors `Target` under `Ref`.
/// With `Alias`, `Ref` (already an alias of `Watcher`) stops being one when
/// the monitor goes. False, with no monitor, when `Target` is already
/// exiting (its `'DOWN'` messages are sent or being sent).
bool addMonitor(Process &Watcher, Process &Target, const RefIds &Ref,
                Term TargetName = Term::nil(), bool Alias = false,
                std::shared_ptr<const Message> Tag = nullptr);
/// A monitor tag for `addMonitor` and `sendDown`: a copy of `Tag`.
std::shared_ptr<const Message> monitorTag(Term Tag);
/// Removes the monitor `Ref` held by `Watcher`; false if it was not active.
bool removeMonitor(Process &Watcher, const RefIds &Ref);
/// Sends `{'DOWN', Ref, process, Item, Reason}` to `Watcher`.
/// (With `Tag`, `{Tag, Ref, process, Item, Reason}`.)
void sendDown(Process &Watcher, const RefIds &Ref, Term Item, Term Reason,
              const Message *Tag = nullptr);

/// The scheduler's exit handler: `P` terminated with `Reason` (on `P`'s
/// heap). Sends exit signals to linked processes and `'DOWN'` messages to
/// monitors, prints erl's error report for a crash, unregisters `P`'s name
/// and frees `P`.
void processExited(Process &P, Term Reason);
/// A collection left `P` with more than `P.MaxHeapWords` words: logs erl's
/// "maximum heap size reached" event to `logger` and/or kills `P` (reason
/// `killed`), as its settings say. Called by the collector.
void maxHeapSizeReached(Process &P);
/// A spawn by `P` failed with system_limit: logs erl's "Too many processes"
/// error event.
void tooManyProcesses(Process &P);
/// ETS (BifEts.cpp): the tables `Pid` owned are deleted or go to their heir,
/// and its fixations end. Called at exit for a process with `UsedEts` set.
void etsProcessExited(Term Pid);
/// BifProcess.cpp: the suspensions `Pid` made (erlang:suspend_process/2)
/// end as it exits.
void suspenderExited(Term Pid);
/// How many ETS tables exist (system_info(ets_count)).
std::size_t etsTableCount();

/// erl's report header for the current local time, without newline.
std::string errorReportHeader();

} // namespace beamr

#endif // BEAMR_RUNTIME_PROCESSTABLE_H
