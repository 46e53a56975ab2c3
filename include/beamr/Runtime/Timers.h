//===- beamr/Runtime/Timers.h - The timer wheel -----------------*- C++ -*-===//
///
/// \file
/// Every timer of the VM lives on a hashed timer wheel: the BIF timers of
/// `erlang:send_after/3,4` and `start_timer/3,4` (a message delivered at a
/// deadline, found again by its reference for `cancel_timer`/`read_timer`)
/// and the scheduler's `receive ... after` timeouts (a callback that wakes
/// the waiting process).
///
/// The wheel has `Slots` buckets of one millisecond each; a timer with
/// deadline tick `T` sits in bucket `T % Slots` and fires when the wheel's
/// clock has passed `T` while that bucket is visited. Starting, cancelling
/// and firing a timer cost O(1); a bucket holds the timers of every
/// revolution, so a visit skips the ones that are due later. Deadlines are
/// kept in nanoseconds of the monotonic clock (`erlang:monotonic_time/0`),
/// so a timer never fires early and `read_timer` rounds up as erl does.
///
/// Shards: the VM's wheel is one wheel per scheduler thread, as erl has.
/// A timer goes on the wheel of the thread that starts it (a message
/// timer's reference names that thread, `refThreadIndex`, so a cancel from
/// anywhere finds it); every thread expires every wheel. Each wheel has a
/// lock of its own (one that spins briefly before it sleeps), mostly taken
/// by its own scheduler only; messages are delivered and callbacks run
/// after it is released.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_TIMERS_H
#define BEAMR_RUNTIME_TIMERS_H

#include "beamr/Runtime/Signals.h"
#include "beamr/Term/Term.h"

#include <atomic>
#include <cstdint>
#include <optional>

namespace beamr {

struct Message;

/// `erlang:monotonic_time()` in nanoseconds: the clock of every timer.
std::int64_t monotonicNanos();

struct TimerEntry;

/// Called when a callback timer expires, with the owner and tag given to
/// `startCallback`, outside the wheel's lock, on the thread that expired it.
using TimerCallback = void (*)(void *Owner, std::uint64_t Tag);

class TimerWheel {
public:
  /// The VM's wheel.
  static TimerWheel &get();
  /// A wheel of its own (tests) of `Shards` wheels (the VM's has one per
  /// scheduler); its clock starts now.
  explicit TimerWheel(unsigned Shards = 1);
  ~TimerWheel();
  TimerWheel(const TimerWheel &) = delete;
  TimerWheel &operator=(const TimerWheel &) = delete;

  /// A message timer: at `DeadlineNs`, `Msg` (owned by the wheel from now
  /// on) goes to `Dest`, a local pid or a registered name looked up then
  /// (dropped if the process is gone or the name unknown).
  void startMessage(const RefIds &Ref, std::int64_t DeadlineNs, Term Dest, Message *Msg);
  /// Stops the message timer `Ref`; returns the milliseconds it had left
  /// (rounded up), or nothing when there is no such timer (fired, cancelled,
  /// or its destination process is gone).
  std::optional<std::int64_t> cancel(const RefIds &Ref);
  /// The milliseconds the message timer `Ref` has left, or nothing.
  std::optional<std::int64_t> remaining(const RefIds &Ref);

  /// A callback timer; the handle stays valid until it fires or is
  /// cancelled. While `*Daemon` (if given; it outlives the timer) is true,
  /// the timer does not count for `keepsAlive`.
  TimerEntry *startCallback(std::int64_t DeadlineNs, TimerCallback Fn, void *Owner,
                            std::uint64_t Tag = 0, const std::atomic<bool> *Daemon = nullptr);
  /// Stops a callback timer. False when it has fired or is firing on
  /// another thread: its callback runs (or ran) all the same.
  bool cancelCallback(TimerEntry *E);

  /// Fires every timer due at `NowNs` (delivering messages, running
  /// callbacks). Returns how many fired. On a sharded wheel `NowNs` must be
  /// the current time, and a shard another thread holds is skipped.
  unsigned expire(std::int64_t NowNs);
  /// The earliest deadline of any pending timer, or nothing.
  std::optional<std::int64_t> nextDeadline();
  /// Cheap, lock-free: whether `expire` may have work now (a timer is
  /// pending and a new millisecond has begun since the last visit).
  bool mayExpire() const;
  /// Pending timers.
  std::size_t size();
  /// Whether a timer other than a daemon's is pending (one that may still
  /// make something happen the VM should wait for).
  bool keepsAlive();

private:
  struct Impl;
  Impl *I;
};

} // namespace beamr

#endif // BEAMR_RUNTIME_TIMERS_H
