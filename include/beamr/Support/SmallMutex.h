//===- beamr/Support/SmallMutex.h - A one-word mutex ------------*- C++ -*-===//
///
/// \file
/// A mutex for short critical sections taken very often, such as an ETS
/// table's: locking and unlocking without contention is one inline atomic
/// operation each. A thread that finds it taken spins briefly, then sleeps
/// on a futex until the holder lets go. (The futex is called directly:
/// libstdc++ 12's `std::atomic::wait` adds a waiter pool and timed
/// back-off on top, which made contended waits take far longer.) States: 0 free, 1 taken, 2 taken with a possible sleeper, so
/// that an unlock calls into the kernel only when someone may sleep.
/// Meets the standard Lockable requirements (`std::lock_guard` etc.).
//===----------------------------------------------------------------------===//
#ifndef BEAMR_SUPPORT_SMALLMUTEX_H
#define BEAMR_SUPPORT_SMALLMUTEX_H

#include <atomic>
#include <cstdint>

#include <linux/futex.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace beamr {

class SmallMutex {
public:
  SmallMutex() = default;
  SmallMutex(const SmallMutex &) = delete;
  SmallMutex &operator=(const SmallMutex &) = delete;

  void lock() {
    if (!try_lock())
      lockContended();
  }
  bool try_lock() {
    std::uint32_t Free = 0;
    return State.compare_exchange_strong(Free, 1, std::memory_order_acquire,
                                         std::memory_order_relaxed);
  }
  void unlock() {
    if (State.exchange(0, std::memory_order_release) == 2)
      futex(FUTEX_WAKE_PRIVATE, 1);
  }

private:
  void lockContended() {
    for (int Spin = 0; Spin < 128; ++Spin) {
      if (State.load(std::memory_order_relaxed) == 0 && try_lock())
        return;
#if defined(__x86_64__) || defined(__i386__)
      __builtin_ia32_pause();
#endif
    }
    // Taken as 2 (a sleeper may exist), so the holder's unlock wakes one.
    while (State.exchange(2, std::memory_order_acquire) != 0)
      futex(FUTEX_WAIT_PRIVATE, 2); // Returns at once if no longer 2.
  }

  void futex(int Op, std::uint32_t Value) {
    static_assert(sizeof(State) == sizeof(std::uint32_t), "a futex is one 32-bit word");
    syscall(SYS_futex, reinterpret_cast<std::uint32_t *>(&State), Op, Value, nullptr, nullptr, 0);
  }

  std::atomic<std::uint32_t> State{0};
};

} // namespace beamr

#endif // BEAMR_SUPPORT_SMALLMUTEX_H
