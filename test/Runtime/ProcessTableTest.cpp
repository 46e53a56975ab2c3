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
