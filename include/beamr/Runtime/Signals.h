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

#include "beamr/Term/Term.h"

#include <array>
#include <functional>
#include <mutex>
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
};

struct SignalState {
  std::mutex Lock;
  std::vector<Term> Links;              ///< Pids, each once.
  std::vector<MonitorEntry> Monitoring; ///< Monitors this process holds.
  std::vector<MonitorEntry> MonitoredBy; ///< Monitors held on this process.
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
