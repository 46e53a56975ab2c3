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

/// Candidate keys: small integers, floats (== but not =:= to integers),
/// tuples and bignum-free boxed terms.
std::vector<Term> candidateKeys(TermArena &A) {
  std::vector<Term> Keys;
  for (SWord I = 0; I < 2000; ++I)
    Keys.push_back(Term::small(I * 7 - 1000));
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
void randomOps(bool Ordered, unsigned EraseOneIn) {
  TermArena A;
  std::vector<Term> Candidates = candidateKeys(A);
  ObjectIndex I(Ordered);
  std::vector<Term> Present; // Keys inside the index's objects.
  std::mt19937 Rng(Ordered ? 7 : 11);
  for (int Step = 0; Step < 20000; ++Step) {
    Term K = Candidates[Rng() % Candidates.size()];
    auto It = I.find(K);
    if (It == I.end() && Rng() % 3 != 0) {
      Term E[] = {K, Term::small(Step)};
      EtsObject *O = EtsObject::create(makeTuple(A, E));
      Term Key = O->Obj.tupleElement(0);
      auto [At, New] = I.emplace(Key, Objects(O));
      ASSERT_TRUE(New);
      ASSERT_EQ(At->first.raw(), Key.raw());
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
}
TEST(EtsIndexTest, HashedIndexWalksEachKeyOnceInOneOrder) {
  randomOps(false, 1);
  randomOps(false, 50);
}

} // namespace
