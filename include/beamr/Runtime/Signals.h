//===- beamr/Runtime/Signals.h - Links, monitors, exit signals --*- C++ -*-===//
///
/// \file
/// What other processes change about a process besides its mailbox: its
/// links, the monitors it holds and those held on it, `trap_exit`, its
/// registered name. Everything here is immediates (pids, atoms) or plain
/// words (reference ids), never pointers into a heap, so the collector has
/// nothing to do with it.
///
/// Thread safety. For the single-threaded scheduler every change is made at
/// once, under the process's `Lock` (ERTS queues link/monitor/exit signals
/// in the receiver's signal queue instead; when schedulers become parallel
/// the functions of ProcessTable.h that change this state are the ones to
/// turn into queued signals, their callers need not change).
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_SIGNALS_H
#define BEAMR_RUNTIME_SIGNALS_H

#include "beamr/Support/SmallMutex.h"
#include "beamr/Term/Term.h"

#include <array>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace beamr {

struct Message;

/// The ids of a local reference made by `makeRef` (ProcessTable.h).
using RefIds = std::array<Word, 3>;

/// A hash of reference ids, for tables keyed by references (timers, ETS
/// tables, atomics, buffers).
struct RefIdsHash {
  std::size_t operator()(const RefIds &R) const {
    return std::hash<Word>()(R[0] * 0x9E3779B97F4A7C15ull ^ R[1] * 0xC2B2AE3D27D4EB4Full ^ R[2]);
  }
};

/// A process monitor: `Watcher` gets `{'DOWN', Ref, process, Target, R}`.
struct MonitorEntry {
  RefIds Ref;
  Term Watcher; ///< Pid.
  Term Target;  ///< Pid.
  Term TargetName; ///< Atom when monitored by registered name, else nil.
  /// `{alias, demonitor}`: `Ref` is an alias of `Watcher` until the monitor
  /// goes away.
  bool Alias = false;
  /// monitor/3's `{tag, Tag}`: a copy of the tag that replaces 'DOWN';
  /// null for 'DOWN'. Shared by the watcher's and the target's entry.
  std::shared_ptr<const Message> Tag = nullptr;
  /// Removed from its `MonitorList`, whose slot it still holds.
  bool Dead = false;
};

/// The monitors a process holds, or those held on it, in the order they were
/// made (the order process_info reports), found by reference. A removal only
/// marks its entry dead; dead entries at the end are dropped at once, and
/// the list is compacted when the dead outnumber the living. From
/// `IndexFrom` entries on, a map from reference to slot finds an entry
/// without a scan, so a process with thousands of monitors out at once (one
/// that spawn_monitors a batch and collects the 'DOWN's) pays O(1) for each
/// instead of O(n).
class MonitorList {
public:
  void add(const MonitorEntry &E);
  /// Removes the entry with `Ref` and returns it; nothing if there is none.
  std::optional<MonitorEntry> take(const RefIds &Ref);
  /// Empties the list; returns the entries in order.
  std::vector<MonitorEntry> takeAll();
  bool empty() const { return Live == 0; }
  std::size_t size() const { return Live; }
  /// Calls `F` on each entry, in order.
  template <typename Fn> void forEach(Fn &&F) const {
    for (const MonitorEntry &E : Entries)
      if (!E.Dead)
        F(E);
  }

private:
  static constexpr std::size_t IndexFrom = 16;
  void compact();
  void buildIndex();
  std::vector<MonitorEntry> Entries;
  /// Slot of each live entry by reference, for a long list only.
  std::unique_ptr<std::unordered_map<RefIds, std::size_t, RefIdsHash>> Index;
  std::size_t Live = 0;
};

struct SignalState {
  SmallMutex Lock;
  std::vector<Term> Links;              ///< Pids, each once.
  MonitorList Monitoring;  ///< Monitors this process holds.
  MonitorList MonitoredBy; ///< Monitors held on this process.
  bool TrapExit = false;
  /// Set once the process is on its way out: later signals are ignored.
  bool Exiting = false;
  /// Set when an exit signal (not the process itself) ended it.
  bool KilledBySignal = false;
  Term RegisteredName = Term::nil(); ///< Atom, or nil.
  /// Active aliases of this process (kept by the process table's lock).
  std::vector<RefIds> Aliases;
  /// The reason an exit signal gave, kept outside every heap until the
  /// process has exited (owned; freed by `processExited`).
  Message *KillReason = nullptr;
};

} // namespace beamr

#endif // BEAMR_RUNTIME_SIGNALS_H
