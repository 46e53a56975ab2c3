//===- beamr/Runtime/Process.h - An Erlang process --------------*- C++ -*-===//
///
/// \file
/// A process owns everything mutable it touches: its registers, its heap and
/// stack, its dictionary and its pending exception. Both tiers run code
/// against this one structure, so the garbage collector and the runtime never
/// know which tier ran.
///
/// Memory. The young heap and the stack share one block, as in ERTS: the heap
/// grows up from `HeapStart` to `HTop`, the stack grows down from `HeapEnd`
/// to `StackTop`; the gap between them is free. `allocate()` (the
/// `TermAllocator` interface BIFs use) bumps `HTop` when the gap is large
/// enough and otherwise takes a heap fragment, so a BIF never triggers a
/// collection and never sees its arguments move. Collections happen only
/// where the code says how many X registers are live (`test_heap`,
/// `allocate_heap`, `gc_bif`, ...), through `garbageCollect`. An older
/// generation receives what survives young collections.
///
/// Stack frames. `allocate N` pushes the continuation pointer and N Y
/// registers: `StackTop[0]` is the saved CP, `y(I)` is `StackTop[1 + I]`.
/// Y slots are set to nil when a frame is allocated, so every stack word is
/// either a term or a code pointer. Code pointers are 8-byte aligned and so
/// carry the header tag (00): the collector skips every stack word tagged 00.
/// Catch markers are `Term::catchIndex` immediates.
///
/// Exceptions. A BIF or runtime helper that fails calls `raise*`, which
/// records class and reason, and returns `NoValue`; the tier then unwinds.
/// Erlang exceptions are values, never C++ exceptions.
///
/// Messages. Each process has a `Mailbox` (Mailbox.h): senders copy a
/// message into a fragment they allocate; the fragment joins `Fragments` only
/// when `receive` removes the message, so queued messages are never roots.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_PROCESS_H
#define BEAMR_RUNTIME_PROCESS_H

#include "beamr/Runtime/Mailbox.h"
#include "beamr/Runtime/Signals.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Heap.h"

#include <atomic>
#include <cstddef>
#include <mutex>
#include <utility>
#include <vector>

namespace beamr {

/// Not a term: a header-tagged zero. Returned where a term was expected to
/// say "an exception was raised; see the process".
constexpr Term NoValue = Term::fromRaw(0);

enum class ExceptionClass : std::uint8_t { Error, Exit, Throw };

/// erl's four priorities, in the order the schedulers serve them.
enum class ProcessPriority : std::uint8_t { Max, High, Normal, Low };

struct SchedulerTask;

/// Extra words malloc'ed for a process when its heap gap was too small;
/// absorbed by the next collection. `Data[0..Size)` holds terms; a
/// process's newest fragment keeps bump-allocating into its spare
/// `Capacity`, so a BIF that builds a long list cell by cell on a full heap
/// takes a few growing fragments, not one per cell.
struct HeapFragment {
  HeapFragment *Next;
  std::size_t Size;
  std::size_t Capacity;
  Word Data[1];

  /// A fragment of `Capacity` words, `Size` of them in use; aborts when out
  /// of memory. Released with std::free.
  static HeapFragment *create(std::size_t Size, std::size_t Capacity);
};

class Process final : public TermAllocator {
public:
  static constexpr unsigned MaxXRegisters = 1024;
  static constexpr unsigned MaxFloatRegisters = 1024;
  /// Initial heap+stack size in words (erl's default `min_heap_size` is 233).
  static constexpr std::size_t MinHeapWords = 233;
  /// erl's default `min_bin_vheap_size`.
  static constexpr std::size_t MinBinVheapWords = 46422;

  Process();
  /// A process whose first heap is the `MinHeapWords` words at `Inline`,
  /// part of the process's own allocation (`ProcessTable::create` puts them
  /// right after the object): a spawn allocates once, and the heap is not
  /// rounded up to an allocator size class (233 words in a 256-word one).
  /// The words are reused by any later heap of that size.
  explicit Process(Word *Inline);
  ~Process() override;
  Process(const Process &) = delete;
  Process &operator=(const Process &) = delete;

  /// Bump allocation on the young heap; a heap fragment when it is full
  /// (no collection here: callers may hold raw heap pointers). Inline and
  /// final so the tiers' allocations compile to a compare and an add.
  Word *allocate(std::size_t Words) final {
    if (freeWords() >= Words) [[likely]] {
      Word *Result = HTop;
      HTop += Words;
      return Result;
    }
    return allocateFragment(Words);
  }
  Word *allocateFragment(std::size_t Words);
  void addOffHeap(Word *Object) override;

  std::size_t freeWords() const { return std::size_t(StackTop - HTop); }
  /// Pushes a frame of `YCount` nil Y registers under the saved `CP`.
  /// The caller has made sure `freeWords() >= YCount + 1`.
  void pushFrame(std::size_t YCount) {
    StackTop -= YCount + 1;
    StackTop[0] = reinterpret_cast<Word>(CP);
    for (std::size_t I = 1; I <= YCount; ++I)
      StackTop[I] = Term::nil().raw();
  }
  void popFrame(std::size_t YCount) {
    CP = reinterpret_cast<const Word *>(StackTop[0]);
    StackTop += YCount + 1;
  }
  Term &y(std::size_t I) { return *reinterpret_cast<Term *>(StackTop + 1 + I); }

  // Raising exceptions. Each records the exception and returns NoValue.
  Term raise(ExceptionClass Class, Term Reason);
  Term raiseError(Term Reason) { return raise(ExceptionClass::Error, Reason); }
  Term raiseError(atoms::AtomId Reason) { return raiseError(atomTerm(Reason)); }
  Term badarg() { return raiseError(atoms::Badarg); }
  /// `badarg` whose BIF frame's `error_info` map names `Cause` (an atom),
  /// as erl's BIFs do for some arguments (`#{cause => time, ...}`).
  Term badargCause(Term Cause) {
    badarg();
    ExcCause = Cause;
    return NoValue;
  }
  /// Raises `{Tag, Value}` as an error (e.g. `{badmatch, V}`).
  Term raiseErrorTuple(Term Tag, Term Value);

  // Registers. While the process runs, `X` and `FR` are its scheduler
  // thread's register files (so a process costs no register memory while it
  // waits, as in ERTS); while it does not, `X` points at the registers it
  // keeps in `ParkedX`: a spawn's arguments, a yield's live registers.
  // Float registers never live across a yield.
  Term *X = nullptr;
  double *FR = nullptr;
  std::vector<Term> ParkedX;
  /// Makes `X` the parked registers, `Count` of them (set to nil), for a
  /// process that is not running; returns `X`.
  Term *parkRegisters(unsigned Count) {
    ParkedX.assign(Count, Term::nil());
    X = ParkedX.data();
    return X;
  }
  const Word *CP = nullptr; ///< Continuation pointer: where `return` goes.

  // Young heap and stack in one block; old generation; fragments.
  Word *HeapStart = nullptr, *HTop = nullptr, *StackTop = nullptr, *HeapEnd = nullptr;
  Word *OldHeapStart = nullptr, *OldHTop = nullptr, *OldHeapEnd = nullptr;
  /// Young-heap words below this survived one collection already and move
  /// to the old generation at the next.
  Word *HighWater = nullptr;
  HeapFragment *Fragments = nullptr;
  std::size_t FragmentWordCount = 0; ///< The sum of `Fragments`' sizes.
  Word *OffHeap = nullptr; ///< Refc binaries on this heap, linked by `NextOffHeap`.
  unsigned MinorCollections = 0; ///< Since the last full sweep.
  unsigned FullsweepAfter = 65535;
  /// max_heap_size: the most words young and old heap may hold after a
  /// collection (0: no limit), whether exceeding it kills the process and
  /// whether it is logged (erl's `kill` and `error_logger`).
  std::size_t MaxHeapWords = 0;
  bool MaxHeapKill = true, MaxHeapLog = true;
  /// When set, every collection point collects (tests use it to find
  /// missing roots). Initialised from `gcStressDefault()`.
  bool GcStress = false;
  /// min_heap_size: the young heap never shrinks below it (a heap-size
  /// table entry). min_bin_vheap_size is reported only.
  std::size_t MinHeapSize = MinHeapWords, MinBinVheapSize = MinBinVheapWords;
  /// Replaces the (still empty) young heap with one of `Words` words.
  void resizeEmptyHeap(std::size_t Words);
  /// A block for a young heap of `Words` words: the inline words when they
  /// fit and are free, else a new one. Given back with `releaseHeapBlock`.
  Word *takeHeapBlock(std::size_t Words);
  void releaseHeapBlock(Word *Block);
  /// Stress mode: collection points still to pass before the next stress
  /// collection (non-zero only when the stack is deep; see Gc.cpp).
  std::size_t StressSkip = 0;
  /// process_flag/2 settings that erl reports back (old values, process_info)
  /// but beamr-jit does not act on: the priority atom (no priority
  /// scheduling yet), `message_queue_data` (messages are always queued
  /// outside the heap until received), `sensitive` and `save_calls`.
  Term PriorityFlag = Term::fromRaw(0), MessageQueueDataFlag = Term::fromRaw(0);
  /// Held by the thread running the process for each slice; another
  /// process that reads this one's private state (process_info: heap,
  /// dictionary, message queue) takes it so that the state holds still.
  SmallMutex RunLock;
  /// Whether the running thread holds `RunLock` now (set by the scheduler).
  bool RunLockHeld = false;
  bool SensitiveFlag = false;
  unsigned SaveCallsFlag = 0;
  /// process_flag(monitor_nodes / {monitor_nodes, Opts}, Bool) (what
  /// net_kernel:monitor_nodes/1,2 call): how many subscriptions of each
  /// option set (erl's bits) the process holds. This node never connects
  /// to another, so no nodeup/nodedown message is ever due, as on a
  /// non-distributed erl.
  std::vector<std::pair<unsigned, unsigned>> NodeMonitors;
  /// process_info(P, initial_call): the `{M, F, Arity}` spawn/3 and friends
  /// started; a nil module means a fun (erl reports `{erlang, apply, 2}`).
  Term InitialModule = Term::nil(), InitialFunction = Term::nil();
  unsigned InitialArity = 0;
  /// process_info(P, parent): the spawning process (nil for the VM's own).
  Term Parent = Term::nil();
  /// The next collection must be a full sweep (a minor collection had to
  /// leave an old object pointing at a young one).
  bool NeedFullsweep = false;
  /// A full sweep found the heap more than 75% full: the next full sweep
  /// grows it one size step, as erl's F_HEAP_GROW.
  bool HeapGrow = false;
  unsigned FullSweeps = 0; ///< Statistics: full sweeps since creation.
  unsigned MinorSweeps = 0; ///< Statistics: minor collections since creation.

  /// Words of the young block (heap + stack), erl's `heap_size`.
  std::size_t heapSize() const { return std::size_t(HeapEnd - HeapStart); }
  /// Words of the old generation block (0 when there is none).
  std::size_t oldHeapSize() const { return std::size_t(OldHeapEnd - OldHeapStart); }
  /// Words held by heap fragments.
  std::size_t fragmentWords() const { return FragmentWordCount; }
  /// One item of erl's garbage_collection_info, in words.
  struct GcInfoItem {
    const char *Name;
    std::size_t Words;
  };
  /// process_info(P, garbage_collection_info) in erl's order, also what a
  /// max_heap_size report shows.
  std::vector<GcInfoItem> gcInfo() const;

  // The pending exception, valid after a call returned NoValue.
  ExceptionClass ExcClass = ExceptionClass::Error;
  Term ExcReason;
  Term ExcStacktrace; ///< Built by the tier when the exception is caught.
  Term ExcCause = NoValue; ///< `badargCause`'s atom, else NoValue.

  /// The process dictionary, in insertion order. A GC root.
  std::vector<std::pair<Term, Term>> Dictionary;
  /// Terms native code keeps across a collection point. A GC root.
  std::vector<Term *> ExtraRoots;

  /// Changed by group_leader/2 from any thread.
  std::atomic<Term> GroupLeader;
  SWord Reductions = 0;

  // What a send reads, in one cache line with the start of `Mail` (the
  // incoming stack and count it writes): a message to a process that has
  // not run for a while (a ring of thousands) misses the cache once, not
  // once per field.
  /// The scheduler's bookkeeping (interp/Scheduler.cpp), set once when the
  /// process is spawned (other threads may already see the process then);
  /// released through `ProcessHooks::releaseTask` when it is freed.
  alignas(64) std::atomic<SchedulerTask *> Task{nullptr};
  /// The run queue the scheduler puts the process in: a `ProcessPriority`.
  /// Read by any thread that wakes the process.
  std::atomic<std::uint8_t> Priority{std::uint8_t(ProcessPriority::Normal)};
  Term Pid;
  /// Messages sent to this process. Queued messages live in fragments of
  /// their own, outside the heap, and are no GC roots; `remove_message`
  /// moves a message's fragment onto `Fragments` (Mailbox.h).
  Mailbox Mail;
  /// Links, monitors, trap_exit, registered name (Signals.h).
  SignalState Signals;

  // Last, in what would be the object's tail padding.
  Word *InlineHeap = nullptr;   ///< `MinHeapWords` words of our own, or null.
  bool InlineHeapInUse = false; ///< `InlineHeap` is the young heap now.
  /// A service process (erts_code_purger, OTP's erl_prim_loader) whose
  /// receive timeouts do not keep the VM running: when only such timers are
  /// left and nothing can run, beamr-jit ends as it does with no timer at
  /// all.
  std::atomic<bool> Daemon{false};
  /// One of erl's system processes (erts_internal:is_system_process/1),
  /// which init:stop/0 leaves alone; set before the process runs.
  bool System = false;
  /// Set once the process has owned or fixed an ETS table (ets:new,
  /// give_away or heir transfer to it, safe_fixtable by it), never cleared:
  /// only then does its exit look through the tables.
  std::atomic<bool> UsedEts{false};
};

/// Sets the `GcStress` value new processes start with. The default comes
/// from the environment: `BEAMR_GC_STRESS=1` turns stress mode on.
void setGcStress(bool On);
bool gcStressDefault();

/// erl's heap size table: the smallest size that is at least `Words`, or
/// with `Larger` the smallest size strictly greater than `Words`.
std::size_t nextHeapSize(std::size_t Words, bool Larger = false);

/// Collects `P` so that at least `Need` words are free between heap and
/// stack; the roots are X[0..Live), the stack, the dictionary, the pending
/// exception and `ExtraRoots`. Terms outside the process's memory (module
/// literals, atoms' tables) are left where they are. See docs/GC.md.
void garbageCollect(Process &P, std::size_t Need, unsigned Live);

/// `statistics(garbage_collection)`: collections so far in all processes,
/// and the words they freed (used before less used after, fragments
/// included).
struct GcStatistics {
  std::uint64_t Collections = 0;
  std::uint64_t WordsReclaimed = 0;
};
GcStatistics gcStatistics();

/// Makes sure `Need` words are free, collecting if they are not (or always,
/// in stress mode). The tiers call this at every allocation point. The
/// fragments (received messages, mostly) count against the free words, as
/// erl's messages copied onto the heap do: a process that receives much
/// collects as often as under erl instead of growing its heap to hold them.
inline void ensureHeap(Process &P, std::size_t Need, unsigned Live) {
  if (P.freeWords() < Need + P.fragmentWords() || P.GcStress)
    garbageCollect(P, Need, Live);
}

/// `erlang:system_flag(backtrace_depth, N)`: the most frames an exception's
/// stack trace keeps, for every process (erl's default is 8).
unsigned backtraceDepth();
/// Sets the depth; returns the old one.
unsigned setBacktraceDepth(unsigned Depth);

/// Holds `Q` still while `P` reads its private state (heap, dictionary,
/// message queue): takes the `RunLock` that Q's thread holds while Q runs.
/// P lets go of its own meanwhile, so two processes inspecting each other
/// cannot deadlock.
class Inspection {
public:
  Inspection(Process &P, Process &Q) : P(P), Q(Q) {
    if (&P == &Q)
      return;
    if (P.RunLockHeld)
      P.RunLock.unlock();
    Q.RunLock.lock();
    Locked = true;
  }
  ~Inspection() {
    if (!Locked)
      return;
    Q.RunLock.unlock();
    if (P.RunLockHeld)
      P.RunLock.lock();
  }
  Inspection(const Inspection &) = delete;
  Inspection &operator=(const Inspection &) = delete;

private:
  Process &P, &Q;
  bool Locked = false;
};

} // namespace beamr

#endif // BEAMR_RUNTIME_PROCESS_H
