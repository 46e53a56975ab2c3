//===- test/Runtime/TimerTest.cpp - The timer wheel -----------------------===//
#include "beamr/Runtime/Timers.h"
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Term/Build.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

using namespace beamr;

namespace {
constexpr std::int64_t Ms = 1000000;

std::vector<int> Fired;
void record(void *Owner, std::uint64_t) { Fired.push_back(int(reinterpret_cast<std::intptr_t>(Owner))); }
void *tag(int N) { return reinterpret_cast<void *>(std::intptr_t(N)); }
} // namespace

// Protects firing order and "never early": callbacks fire once their
// deadline has passed, in deadline order across revolutions of the wheel.
TEST(TimerWheelTest, FiresDueTimersOnly) {
  TimerWheel W;
  Fired.clear();
  std::int64_t Now = monotonicNanos();
  W.startCallback(Now + 30 * Ms, record, tag(3));
  W.startCallback(Now + 10 * Ms, record, tag(1));
  W.startCallback(Now + 5000 * Ms, record, tag(5)); // Beyond one revolution.
  W.startCallback(Now + 20 * Ms, record, tag(2));
  TimerEntry *Cancelled = W.startCallback(Now + 15 * Ms, record, tag(9));
  EXPECT_TRUE(W.cancelCallback(Cancelled));
  EXPECT_EQ(W.expire(Now + 9 * Ms), 0u);
  EXPECT_EQ(W.nextDeadline().value_or(0) / Ms, (Now + 10 * Ms + Ms - 1) / Ms);
  W.expire(Now + 10 * Ms + Ms);
  W.expire(Now + 25 * Ms);
  EXPECT_EQ(Fired, (std::vector<int>{1, 2}));
  W.expire(Now + 4096 * Ms + 20 * Ms); // A long pause skips whole revolutions.
  EXPECT_EQ(Fired, (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(W.size(), 1u);
  EXPECT_GE(W.nextDeadline().value_or(0), Now + 5000 * Ms);
  W.expire(Now + 5001 * Ms);
  EXPECT_EQ(Fired, (std::vector<int>{1, 2, 3, 5}));
  EXPECT_EQ(W.size(), 0u);
  EXPECT_FALSE(W.nextDeadline());
}

// Protects message timers: delivered to the destination's mailbox at the
// deadline; cancel and read report the rounded-up time left, once.
TEST(TimerWheelTest, MessageTimers) {
  TimerWheel W;
  Process *P = ProcessTable::get().create();
  std::int64_t Now = monotonicNanos();
  RefIds A = nextRefIds(), B = nextRefIds();
  W.startMessage(A, Now + 100 * Ms, P->Pid, Message::create(Term::small(1)));
  W.startMessage(B, Now + 200 * Ms, P->Pid, Message::create(Term::small(2)));
  std::optional<std::int64_t> Left = W.remaining(B);
  ASSERT_TRUE(Left);
  EXPECT_GT(*Left, 190);
  EXPECT_LE(*Left, 200);
  EXPECT_TRUE(W.cancel(B));
  EXPECT_FALSE(W.cancel(B));
  EXPECT_FALSE(W.remaining(B));
  W.expire(Now + 101 * Ms);
  EXPECT_FALSE(W.remaining(A));
  Message *M = P->Mail.peek();
  ASSERT_NE(M, nullptr);
  EXPECT_EQ(M->Payload, Term::small(1));
  P->Mail.advance();
  EXPECT_EQ(P->Mail.peek(), nullptr);
  // A timer whose destination process is gone reads as no timer.
  RefIds C = nextRefIds();
  W.startMessage(C, Now + 300 * Ms, P->Pid, Message::create(Term::small(3)));
  ProcessTable::get().destroy(P);
  EXPECT_FALSE(W.remaining(C));
  EXPECT_FALSE(W.cancel(C));
}

// Protects the reference index of message timers: with thousands started
// and cancelled in a scrambled order (probe runs shifting as entries go),
// each reference finds its own timer exactly once, and others none.
TEST(TimerWheelTest, ManyMessageTimersCancelInAnyOrder) {
  TimerWheel W;
  Process *P = ProcessTable::get().create();
  std::int64_t Now = monotonicNanos();
  std::vector<RefIds> Refs;
  for (int K = 0; K < 5000; ++K) {
    Refs.push_back(nextRefIds());
    W.startMessage(Refs.back(), Now + (1000 + K) * Ms, P->Pid, Message::create(Term::small(K)));
  }
  EXPECT_EQ(W.size(), 5000u);
  for (std::size_t K = 0; K < Refs.size(); K += 3) // Every third first...
    EXPECT_TRUE(W.cancel(Refs[K]));
  EXPECT_FALSE(W.cancel(Refs[0]));
  EXPECT_FALSE(W.cancel(nextRefIds()));
  for (std::size_t K = Refs.size(); K-- > 0;) // ...then the rest, newest first.
    EXPECT_EQ(bool(W.remaining(Refs[K])), K % 3 != 0) << K;
  for (std::size_t K = Refs.size(); K-- > 0;) {
    if (K % 3) {
      EXPECT_TRUE(W.cancel(Refs[K])) << K;
    }
  }
  EXPECT_EQ(W.size(), 0u);
  ProcessTable::get().destroy(P);
}

// Protects the VM's sharded wheel: a timer goes on the wheel of the thread
// that starts it, a message timer is found from any thread by its reference
// (which names that thread), and whichever thread expires fires the timers
// of every shard; the next deadline is the earliest of all shards.
TEST(TimerWheelTest, ShardsByStartingThread) {
  TimerWheel W(2);
  Process *P = ProcessTable::get().create();
  Fired.clear();
  RefIds Long{}, Short{};
  std::thread T([&] {
    enterRuntimeThread(1);
    std::int64_t Now = monotonicNanos();
    Long = nextRefIds();
    Short = nextRefIds();
    W.startMessage(Long, Now + 10000 * Ms, P->Pid, Message::create(Term::small(1)));
    W.startMessage(Short, Now + 2 * Ms, P->Pid, Message::create(Term::small(2)));
    W.startCallback(Now + 3 * Ms, record, tag(7));
    leaveRuntimeThread();
  });
  T.join();
  EXPECT_EQ(refThreadIndex(Long), 1u);
  EXPECT_EQ(refThreadIndex(nextRefIds()), 0u);
  EXPECT_EQ(W.size(), 3u);
  std::int64_t Now = monotonicNanos();
  W.startCallback(Now + 1 * Ms, record, tag(8)); // On shard 0.
  EXPECT_LE(W.nextDeadline().value_or(INT64_MAX), Now + 2 * Ms);
  EXPECT_TRUE(W.remaining(Long));
  EXPECT_TRUE(W.cancel(Long));
  EXPECT_FALSE(W.cancel(Long));
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  EXPECT_EQ(W.expire(monotonicNanos()), 3u);
  std::sort(Fired.begin(), Fired.end());
  EXPECT_EQ(Fired, (std::vector<int>{7, 8}));
  Message *M = P->Mail.peek();
  ASSERT_NE(M, nullptr);
  EXPECT_EQ(M->Payload, Term::small(2));
  EXPECT_EQ(W.size(), 0u);
  EXPECT_FALSE(W.nextDeadline());
  ProcessTable::get().destroy(P);
}
