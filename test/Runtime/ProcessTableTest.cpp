//===- test/Runtime/ProcessTableTest.cpp - Pids, names, signals -----------===//
#include "beamr/Runtime/ProcessTable.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Printer.h"

#include <gtest/gtest.h>

#include <set>

using namespace beamr;

namespace {
Term atom(const char *S) { return *AtomTable::get().intern(S); }
} // namespace

// Protects pid allocation: erl-shaped `<0.N.S>` pids, unique among live
// processes, found by lookup until destroyed.
TEST(ProcessTableTest, PidsAreUniqueAndFound) {
  ProcessTable &T = ProcessTable::get();
  std::set<Word> Seen;
  std::vector<Process *> Ps;
  for (int K = 0; K < 100; ++K) {
    Process *P = T.create();
    ASSERT_TRUE(P->Pid.isLocalPid());
    EXPECT_LT(P->Pid.pidNumber(), 32768u);
    EXPECT_TRUE(Seen.insert(P->Pid.raw()).second);
    EXPECT_EQ(T.lookup(P->Pid), P);
    EXPECT_EQ(P->GroupLeader, P->Pid);
    Ps.push_back(P);
  }
  std::string Text = termToString(Ps[0]->Pid);
  EXPECT_EQ(Text.substr(0, 3), "<0.");
  Term Gone = Ps[5]->Pid;
  T.destroy(Ps[5]);
  EXPECT_EQ(T.lookup(Gone), nullptr);
  Process *Child = T.create(Ps[0]->Pid);
  EXPECT_EQ(Child->GroupLeader, Ps[0]->Pid);
  EXPECT_NE(Child->Pid, Gone);
  Ps[5] = Child;
  for (Process *P : Ps)
    T.destroy(P);
}

// Protects register/unregister/whereis/registered and their refusals.
TEST(ProcessTableTest, RegisteredNames) {
  ProcessTable &T = ProcessTable::get();
  Process *A = T.create(), *B = T.create();
  EXPECT_TRUE(T.registerName(atom("pt_alpha"), A->Pid));
  EXPECT_FALSE(T.registerName(atom("pt_alpha"), B->Pid)); // Name taken.
  EXPECT_FALSE(T.registerName(atom("pt_beta"), A->Pid));  // Pid has a name.
  EXPECT_FALSE(T.registerName(atom("undefined"), B->Pid));
  EXPECT_EQ(T.whereis(atom("pt_alpha")), A->Pid);
  EXPECT_TRUE(T.whereis(atom("pt_beta")).isNil());
  auto Names = T.registeredNames();
  EXPECT_NE(std::find(Names.begin(), Names.end(), atom("pt_alpha")), Names.end());
  EXPECT_TRUE(T.unregisterName(atom("pt_alpha")));
  EXPECT_FALSE(T.unregisterName(atom("pt_alpha")));
  EXPECT_TRUE(T.registerName(atom("pt_alpha"), B->Pid));
  Term BPid = B->Pid;
  T.destroy(B); // The name goes with the process.
  EXPECT_TRUE(T.whereis(atom("pt_alpha")).isNil());
  EXPECT_FALSE(T.registerName(atom("pt_gamma"), BPid)); // Dead pid.
  T.destroy(A);
}

// Protects exit propagation: a trapping linked process gets {'EXIT', Pid, R},
// a monitor gets {'DOWN', Ref, process, Pid, R}, and the dead one is gone.
TEST(ProcessTableTest, ExitSignalsAndDownMessages) {
  ProcessTable &T = ProcessTable::get();
  Process *Dying = T.create(), *Trapper = T.create(), *Watcher = T.create();
  Trapper->Signals.TrapExit = true;
  linkProcesses(*Dying, *Trapper);
  RefIds Ref = nextRefIds();
  addMonitor(*Watcher, *Dying, Ref);
  Term DyingPid = Dying->Pid;
  Dying->ExcClass = ExceptionClass::Exit;
  processExited(*Dying, atom("boom"));
  EXPECT_EQ(T.lookup(DyingPid), nullptr);

  Term Exit = mailboxPeek(*Trapper);
  ASSERT_TRUE(Exit.isTuple());
  EXPECT_EQ(termToString(Exit), "{'EXIT'," + termToString(DyingPid) + ",boom}");
  EXPECT_TRUE(Trapper->Signals.Links.empty());

  Term Down = mailboxPeek(*Watcher);
  ASSERT_TRUE(Down.isTuple() && Down.tupleArity() == 5);
  EXPECT_EQ(Down.tupleElement(0), atom("DOWN"));
  auto Ids = localRefIds(Down.tupleElement(1));
  EXPECT_TRUE(std::equal(Ids.begin(), Ids.end(), Ref.begin()));
  EXPECT_EQ(Down.tupleElement(3), DyingPid);
  EXPECT_EQ(Down.tupleElement(4), atom("boom"));
  EXPECT_TRUE(Watcher->Signals.Monitoring.empty());
  T.destroy(Trapper);
  T.destroy(Watcher);
}

// Protects that `normal` exits do not reach non-trapping linked processes and
// that removed monitors send nothing.
TEST(ProcessTableTest, NormalExitAndDemonitor) {
  ProcessTable &T = ProcessTable::get();
  Process *A = T.create(), *B = T.create();
  linkProcesses(*A, *B);
  RefIds Ref = nextRefIds();
  addMonitor(*B, *A, Ref);
  EXPECT_TRUE(removeMonitor(*B, Ref));
  EXPECT_FALSE(removeMonitor(*B, Ref));
  processExited(*A, atom("normal"));
  EXPECT_EQ(B->Mail.length(), 0u);
  EXPECT_FALSE(B->Signals.Exiting);
  T.destroy(B);
}

// Protects aliases: active until removed, owned by one pid.
TEST(ProcessTableTest, Aliases) {
  ProcessTable &T = ProcessTable::get();
  Process *A = T.create();
  RefIds Ref = nextRefIds();
  T.addAlias(Ref, A->Pid);
  EXPECT_EQ(T.aliasOwner(Ref), A->Pid);
  EXPECT_TRUE(T.removeAlias(Ref, A->Pid));
  EXPECT_TRUE(T.aliasOwner(Ref).isNil());
  T.destroy(A);
}

// Protects MonitorList: entries stay in the order they were made and each is
// found by its reference, short or long (indexed), whatever order they go in.
TEST(ProcessTableTest, MonitorListKeepsOrderAndFindsByRef) {
  for (std::size_t N : {3u, 40u, 1000u}) {
    MonitorList L;
    auto entry = [](std::size_t K) {
      return MonitorEntry{{K, 1, 2}, Term::small(SWord(K)), Term::nil(), Term::nil()};
    };
    for (std::size_t K = 0; K < N; ++K)
      L.add(entry(K));
    // Take every third one, oldest first, then the newest, then a missing one.
    for (std::size_t K = 0; K < N; K += 3)
      ASSERT_EQ(L.take(entry(K).Ref)->Watcher, Term::small(SWord(K)));
    ASSERT_TRUE(L.take(entry(N - 1).Ref) || (N - 1) % 3 == 0);
    EXPECT_FALSE(L.take(entry(0).Ref));
    EXPECT_FALSE(L.take(RefIds{N + 5, 1, 2}));
    std::vector<SWord> Left;
    L.forEach([&](const MonitorEntry &E) { Left.push_back(E.Watcher.smallValue()); });
    std::vector<SWord> Want;
    for (std::size_t K = 0; K + 1 < N; ++K)
      if (K % 3)
        Want.push_back(SWord(K));
    EXPECT_EQ(Left, Want);
    EXPECT_EQ(L.size(), Want.size());
    L.add(entry(N + 7));
    std::vector<MonitorEntry> All = L.takeAll();
    ASSERT_EQ(All.size(), Want.size() + 1);
    EXPECT_EQ(All.back().Watcher, Term::small(SWord(N + 7)));
    EXPECT_TRUE(L.empty());
  }
}
