//===- test/Runtime/MailboxTest.cpp - Message queues ----------------------===//
#include "beamr/Runtime/Mailbox.h"
#include "beamr/Runtime/Process.h"
#include "beamr/Term/Build.h"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace beamr;

namespace {
Term pair(TermAllocator &A, SWord X, SWord Y) {
  Term E[] = {Term::small(X), Term::small(Y)};
  return makeTuple(A, E);
}

/// Receives every queued message through the receive hooks, in order.
std::vector<Term> receiveAll(Process &P) {
  std::vector<Term> Got;
  mailboxResetCursor(P);
  for (Term M = mailboxPeek(P); M != NoValue; M = mailboxPeek(P)) {
    Got.push_back(M);
    mailboxRemove(P);
  }
  return Got;
}
} // namespace

// Protects FIFO order per sender and that no message from concurrent senders
// is lost or duplicated.
TEST(MailboxTest, ConcurrentSendersKeepOrderAndCount) {
  Process P;
  P.parkRegisters(64);
  constexpr int Senders = 4, PerSender = 5000;
  std::vector<std::thread> Threads;
  for (int S = 0; S < Senders; ++S)
    Threads.emplace_back([&P, S] {
      TermArena A;
      for (int K = 0; K < PerSender; ++K)
        P.Mail.send(pair(A, S, K));
    });
  std::vector<int> Next(Senders, 0);
  int Total = 0;
  auto Drain = [&] {
    for (Term M = mailboxPeek(P); M != NoValue; M = mailboxPeek(P)) {
      SWord S = M.tupleElement(0).smallValue(), K = M.tupleElement(1).smallValue();
      EXPECT_EQ(K, Next[S]) << "sender " << S;
      Next[S] = int(K) + 1;
      ++Total;
      mailboxRemove(P);
    }
  };
  while (Total < Senders * PerSender) {
    Drain();
    std::this_thread::yield();
    if (Total == Senders * PerSender)
      break;
  }
  for (auto &T : Threads)
    T.join();
  Drain();
  EXPECT_EQ(Total, Senders * PerSender);
  EXPECT_EQ(P.Mail.length(), 0u);
}

// Protects the save pointer: advance skips, remove resets to the first
// message, and a cursor at the end sees messages that arrive later.
TEST(MailboxTest, PeekAdvanceRemoveSemantics) {
  Process P;
  P.parkRegisters(64);
  for (SWord K = 0; K < 3; ++K)
    P.Mail.send(Term::small(K));
  EXPECT_EQ(mailboxPeek(P), Term::small(0));
  mailboxAdvance(P);
  EXPECT_EQ(mailboxPeek(P), Term::small(1));
  mailboxRemove(P); // Takes 1, cursor back on 0.
  EXPECT_EQ(mailboxPeek(P), Term::small(0));
  mailboxAdvance(P);
  EXPECT_EQ(mailboxPeek(P), Term::small(2));
  mailboxAdvance(P);
  EXPECT_EQ(mailboxPeek(P), NoValue);
  P.Mail.send(Term::small(3)); // Arrives while the cursor is at the end.
  EXPECT_EQ(mailboxPeek(P), Term::small(3));
  EXPECT_EQ(P.Mail.length(), 3u);
  mailboxResetCursor(P);
  EXPECT_EQ(mailboxPeek(P), Term::small(0));
}

// Protects that a removed message's copy is handed to the heap's fragments
// and stays intact there, and that the sender's term can die first.
TEST(MailboxTest, RemovedMessageJoinsHeapFragments) {
  Process P;
  P.parkRegisters(64);
  {
    TermArena Sender;
    Term Elems[] = {Term::small(7), makeByteList(Sender, "hello")};
    P.Mail.send(makeTuple(Sender, Elems));
  }
  HeapFragment *Before = P.Fragments;
  Term M = mailboxPeek(P);
  mailboxRemove(P);
  ASSERT_NE(P.Fragments, Before);
  EXPECT_EQ(M.tupleArity(), 2u);
  EXPECT_EQ(M.tupleElement(0), Term::small(7));
  EXPECT_EQ(M.tupleElement(1).head(), Term::small('h'));
  Word *Obj = M.boxedObject();
  EXPECT_TRUE(Obj >= P.Fragments->Data && Obj < P.Fragments->Data + P.Fragments->Size);
}

// Protects receive markers: a receive that uses a marker starts at the first
// message queued after the reserve, even after older messages are removed.
TEST(MailboxTest, MarkerSkipsOlderMessages) {
  Process P;
  P.parkRegisters(64);
  TermArena A;
  P.Mail.send(Term::small(1));
  P.Mail.send(Term::small(2));
  Term Marker = mailboxReserveMarker(P);
  Word Ids[] = {11, 22, 33};
  Term Ref = makeLocalRef(A, Ids);
  mailboxBindMarker(P, Marker, Ref);
  P.Mail.send(Term::small(3));
  // Remove the message the marker sits after; the marker must survive it.
  mailboxResetCursor(P);
  mailboxAdvance(P);
  EXPECT_EQ(mailboxPeek(P), Term::small(2));
  mailboxRemove(P);
  mailboxUseMarker(P, Ref);
  EXPECT_EQ(mailboxPeek(P), Term::small(3));
  mailboxClearMarker(P, Ref);
  mailboxResetCursor(P);
  mailboxUseMarker(P, Ref); // Cleared: ignored, cursor stays at the start.
  EXPECT_EQ(mailboxPeek(P), Term::small(1));
  EXPECT_EQ(receiveAll(P), (std::vector<Term>{Term::small(1), Term::small(3)}));
}

// Protects a marker reserved on an empty queue: every later message is new.
TEST(MailboxTest, MarkerOnEmptyQueue) {
  Process P;
  P.parkRegisters(64);
  TermArena A;
  Term Marker = mailboxReserveMarker(P);
  Word Ids[] = {1, 2, 3};
  Term Ref = makeLocalRef(A, Ids);
  mailboxBindMarker(P, Marker, Ref);
  P.Mail.send(Term::small(9));
  mailboxUseMarker(P, Ref);
  EXPECT_EQ(mailboxPeek(P), Term::small(9));
}

// Protects that unreceived messages are freed with the process (ASan sees
// leaks) and that big messages copy whole.
TEST(MailboxTest, QueuedMessagesFreedWithProcess) {
  auto *P = new Process;
  TermArena A;
  std::vector<Term> Elems(1000, Term::small(5));
  P->Mail.send(makeList(A, Elems));
  EXPECT_EQ(P->Mail.length(), 1u);
  delete P;
}

// Protects the hand-over to the collector: a removed message's fragment is
// absorbed by the next collection and the message survives it intact, while
// queued messages are untouched by collections.
TEST(MailboxTest, CollectionAbsorbsRemovedMessage) {
  Process P;
  P.parkRegisters(64);
  {
    TermArena Sender;
    std::vector<Term> Elems;
    for (SWord K = 0; K < 100; ++K)
      Elems.push_back(pair(Sender, K, -K));
    P.Mail.send(makeList(Sender, Elems));
    P.Mail.send(makeByteList(Sender, "queued"));
  }
  P.X[0] = mailboxPeek(P);
  mailboxRemove(P);
  garbageCollect(P, 0, 1);
  EXPECT_EQ(P.Fragments, nullptr);
  Term L = P.X[0];
  for (SWord K = 0; K < 100; ++K, L = L.tail()) {
    ASSERT_TRUE(L.isCons());
    EXPECT_EQ(L.head().tupleElement(1), Term::small(-K));
  }
  EXPECT_TRUE(L.isNil());
  Term Queued = mailboxPeek(P);
  EXPECT_EQ(Queued.head(), Term::small('q'));
}
