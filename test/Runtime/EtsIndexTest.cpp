//===- test/Runtime/EtsIndexTest.cpp - The ETS key index -------------------===//
// Random inserts and erases on both kinds of ets::ObjectIndex, checked after
// every step against a plain reference: every key found, walks both ways
// visiting each key once in one strict order, lower_bound/upper_bound
// agreeing with that order, and erase returning the next entry.
#include "EtsIndex.h"

#include "beamr/Term/Build.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/Heap.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <vector>

using namespace beamr;
using namespace beamr::ets;

namespace {

/// Candidate keys: small integers (the extremes too), then unless
/// `SmallOnly`, floats (== but not =:= to integers), tuples and
/// bignum-free boxed terms.
std::vector<Term> candidateKeys(TermArena &A, bool SmallOnly) {
  std::vector<Term> Keys;
  for (SWord I = 0; I < 2000; ++I)
    Keys.push_back(Term::small(I * 7 - 1000));
  Keys.push_back(Term::small(Term::MaxSmall));
  Keys.push_back(Term::small(Term::MinSmall));
  if (SmallOnly)
    return Keys;
  for (int I = 0; I < 50; ++I)
    Keys.push_back(makeFloat(A, I * 1.5));
  for (SWord I = 0; I < 50; ++I) {
    Term E[] = {Term::small(I), makeFloat(A, double(I))};
    Keys.push_back(makeTuple(A, E));
  }
  return Keys;
}

bool sameKey(bool Ordered, Term A, Term B) {
  return Ordered ? compareTerms(A, B) == 0 : exactEqualTerms(A, B);
}

/// The keys in the index's own order, checking that reverse iteration is
/// the same order backwards.
std::vector<Term> walk(ObjectIndex &I) {
  std::vector<Term> Fwd, Back;
  for (auto &[K, Objs] : I) {
    EXPECT_FALSE(Objs.empty());
    Fwd.push_back(K);
  }
  for (auto It = I.rbegin(); It != I.rend(); ++It)
    Back.push_back(It->first);
  std::reverse(Back.begin(), Back.end());
  EXPECT_EQ(Fwd.size(), Back.size());
  for (std::size_t N = 0; N < Fwd.size() && N < Back.size(); ++N)
    EXPECT_EQ(Fwd[N].raw(), Back[N].raw());
  return Fwd;
}

void checkAgainst(ObjectIndex &I, bool Ordered, const std::vector<Term> &Present,
                  const std::vector<Term> &Candidates) {
  std::vector<Term> Order = walk(I);
  ASSERT_EQ(Order.size(), Present.size());
  ASSERT_EQ(I.size(), Present.size());
  for (Term K : Present)
    ASSERT_EQ(std::count_if(Order.begin(), Order.end(),
                            [&](Term O) { return sameKey(Ordered, O, K); }),
              1);
  if (Ordered) {
    for (std::size_t N = 1; N < Order.size(); ++N)
      ASSERT_LT(compareTerms(Order[N - 1], Order[N]), 0);
  }
  for (std::size_t N = 0; N < Order.size(); ++N) {
    auto Lo = I.lower_bound(Order[N]);
    ASSERT_TRUE(Lo != I.end());
    ASSERT_EQ(Lo->first.raw(), Order[N].raw());
    auto Up = I.upper_bound(Order[N]);
    if (N + 1 == Order.size())
      ASSERT_TRUE(Up == I.end());
    else
      ASSERT_EQ(Up->first.raw(), Order[N + 1].raw());
  }
  // An absent key's bounds meet where it would be: nothing present
  // between lower_bound's predecessor and it.
  for (Term K : Candidates) {
    bool Here = std::any_of(Present.begin(), Present.end(),
                            [&](Term P) { return sameKey(Ordered, P, K); });
    ASSERT_EQ(I.find(K) != I.end(), Here);
    if (!Here) {
      ASSERT_TRUE(I.lower_bound(K) == I.upper_bound(K));
    }
  }
}

/// `EraseOneIn`: a present key picked is erased one time in that many.
void randomOps(bool Ordered, unsigned EraseOneIn, bool SmallOnly = false) {
  TermArena A;
  std::vector<Term> Candidates = candidateKeys(A, SmallOnly);
  ObjectIndex I(Ordered);
  std::vector<Term> Present; // Keys inside the index's objects.
  std::mt19937 Rng(Ordered ? 7 : 11);
  for (int Step = 0; Step < 20000; ++Step) {
    Term K = Candidates[Rng() % Candidates.size()];
    auto It = I.find(K);
    if (It == I.end() && Rng() % 3 != 0) {
      Term E[] = {K, Term::small(Step)};
      auto [At, New] = I.emplaceCopy(K, makeTuple(A, E), 1);
      ASSERT_TRUE(New);
      Term Key = At->first;
      ASSERT_TRUE(sameKey(Ordered, Key, K));
      ASSERT_EQ(Key.raw(), At->second.front()->obj().tupleElement(0).raw());
      Present.push_back(Key);
    } else if (It != I.end() && Rng() % EraseOneIn == 0) {
      Term Gone = It->first;
      auto After = std::next(It);
      bool Last = After == I.end();
      Term Next = Last ? Term::nil() : After->first;
      auto Returned = I.erase(It);
      if (Last)
        ASSERT_TRUE(Returned == I.end());
      else
        ASSERT_TRUE(sameKey(Ordered, Returned->first, Next));
      std::erase_if(Present, [&](Term P) { return P.raw() == Gone.raw(); });
    }
    if (Step % 997 == 0)
      checkAgainst(I, Ordered, Present, Candidates);
  }
  checkAgainst(I, Ordered, Present, Candidates);
  I.clear();
  EXPECT_TRUE(I.empty());
  EXPECT_TRUE(I.begin() == I.end());
}

TEST(EtsIndexTest, OrderedIndexMatchesTermOrder) {
  randomOps(true, 1);
  randomOps(true, 50); // Mostly growing: chunks split more than they shrink.
  randomOps(true, 1, true); // Small integers only: the branch-free search.
  randomOps(true, 50, true);
}
TEST(EtsIndexTest, HashedIndexWalksEachKeyOnceInOneOrder) {
  randomOps(false, 1);
  randomOps(false, 50);
}

/// A replacement may be built from the object it replaces (update_counter
/// does so): the old copy goes only after the new one is made, in the
/// entry's room or apart, whatever the sizes; a fixed table's tombstone
/// takes a new object when its key comes back. Under ASan a copy made from
/// freed words fails here.
TEST(EtsIndexTest, ReplacementsCopyBeforeReleasing) {
  for (bool Ordered : {false, true}) {
    TermArena A;
    ObjectIndex I(Ordered);
    Term Inner[] = {Term::small(1), makeFloat(A, 2.5)};
    Term First[] = {Term::small(42), makeTuple(A, Inner)};
    I.emplaceCopy(Term::small(42), makeTuple(A, First), 1);
    for (SWord Round = 0; Round < 6; ++Round) {
      auto It = I.find(Term::small(42));
      ASSERT_TRUE(It != I.end());
      Term Old = It->second.front()->obj();
      // Alternately the same size (the room can be reused) and larger.
      std::vector<Term> E = {Old.tupleElement(0), Old.tupleElement(1)};
      for (SWord X = 0; X < Round % 2 * 3; ++X)
        E.push_back(Term::small(X));
      I.replaceCopy(It, makeTuple(A, E), 1, ObjectIndex::Source::Stored);
      It = I.find(Term::small(42));
      ASSERT_TRUE(It != I.end());
      Term New = It->second.front()->obj();
      EXPECT_EQ(It->first.raw(), New.tupleElement(0).raw());
      EXPECT_EQ(New.tupleArity(), E.size());
      EXPECT_EQ(compareTerms(New.tupleElement(1), makeTuple(A, Inner)), 0);
    }
    if (!Ordered) {
      I.setFixed(true);
      I.erase(I.find(Term::small(42)));
      EXPECT_TRUE(I.find(Term::small(42)) == I.end());
      Term Back[] = {Term::small(42), Term::small(7), Term::small(8)};
      auto [It, New] = I.emplaceCopy(Term::small(42), makeTuple(A, Back), 1);
      EXPECT_TRUE(New);
      EXPECT_EQ(It->second.front()->obj().tupleArity(), 3u);
      I.setFixed(false);
    }
    EXPECT_EQ(I.size(), 1u);
  }
}

/// A replacement from outside the table (a process's term) is copied
/// where the old copy was when it fits: a hashed entry's room takes any
/// copy up to its size, an ordered entry's own allocation one of exactly
/// its size; otherwise the copy moves. Each copy reads back whole.
TEST(EtsIndexTest, OutsideReplacementsReuseTheirPlace) {
  for (bool Ordered : {false, true}) {
    TermArena A;
    ObjectIndex I(Ordered);
    auto Object = [&](SWord Extra, double F) {
      std::vector<Term> E = {Term::small(42), makeFloat(A, F)};
      for (SWord X = 0; X < Extra; ++X)
        E.push_back(Term::small(X));
      return makeTuple(A, E);
    };
    I.emplaceCopy(Term::small(42), Object(2, 0.5), 1);
    auto Place = [&] { return I.find(Term::small(42))->second.front(); };
    struct Step {
      SWord Extra;
      bool Stays;
    };
    const Step Steps[] = {{2, true}, {1, !Ordered}, {4, false}, {4, true}};
    double F = 1.5;
    for (const Step &S : Steps) {
      EtsObject *Before = Place();
      I.replaceCopy(I.find(Term::small(42)), Object(S.Extra, F), 1,
                    ObjectIndex::Source::Outside);
      EtsObject *After = Place();
      EXPECT_EQ(Before == After, S.Stays) << "ordered " << Ordered << ", extra " << S.Extra;
      Term Obj = After->obj();
      ASSERT_EQ(Obj.tupleArity(), Word(2 + S.Extra));
      EXPECT_EQ(compareTerms(Obj.tupleElement(1), makeFloat(A, F)), 0);
      EXPECT_EQ(I.find(Term::small(42))->first.raw(), Obj.tupleElement(0).raw());
      F += 1;
    }
    EXPECT_EQ(I.size(), 1u);
  }
}

} // namespace
