//===- test/Runtime/GcTest.cpp - The generational copying collector -------===//
///
/// \file
/// Terms of every kind are built on a process heap, kept in X and Y
/// registers, the dictionary and the other roots, and collected over and
/// over; after each collection they must be `=:=` to the same terms built in
/// a `TermArena`. Also: sharing, refc binary release, the stack, heap sizes,
/// deep and long lists, literals, stress mode and the message deep copy.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Copy.h"
#include "beamr/Runtime/Process.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/Layout.h"
#include "beamr/Term/Map.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

using namespace beamr;

namespace {

Term atom(std::string_view Text) { return *AtomTable::get().intern(Text); }

/// Builds pseudo-random terms of every kind; the same seed builds the same
/// term on any allocator. Subterms are sometimes reused, so terms share.
class TermGen {
public:
  TermGen(unsigned Seed, TermAllocator &A) : Rng(Seed), A(A) {}

  Term term(int Depth) {
    unsigned Kind = pick(Depth > 0 ? 22 : 12);
    switch (Kind) {
    case 0: return Term::small(SWord(Rng() % 2000) - 1000);
    case 1: return atom("gc_atom_" + std::to_string(pick(5)));
    case 2: return Term::nil();
    case 3: return makeInteger(A, pick(2) != 0, limbs());
    case 4: return makeFloat(A, double(Rng()) / 7.0);
    case 5: return binary(pick(2) ? 20 : 200, 0);
    case 6: return binary(pick(2) ? 10 : 150, 1 + pick(7));
    case 7: {
      Word Ids[] = {Rng(), Rng(), Rng()};
      return makeLocalRef(A, Ids);
    }
    case 8: return external(HeaderKind(12 + pick(3)));
    case 9: return Term::localPid(pick(1000), pick(10));
    case 10: return Term::localPort(pick(1000));
    case 11: return Pool.empty() ? Term::nil() : Pool[pick(unsigned(Pool.size()))];
    case 12:
    case 13: return remember(tuple(Depth));
    case 14:
    case 15: return remember(list(Depth));
    case 16: return makeCons(A, term(Depth - 1), term(Depth - 1)); // Improper.
    case 17: return remember(map(Depth, 5));
    case 18: return fun(Depth);
    case 19: return makeExportFun(A, atom("lists"), atom("map"), Term::small(2));
    case 20: return remember(tuple(Depth));
    default: return remember(map(1, 40)); // A hash map.
    }
  }

private:
  unsigned pick(unsigned N) { return unsigned(Rng() % N); }
  Term remember(Term T) {
    Pool.push_back(T);
    return T;
  }
  std::vector<Word> limbs() {
    std::vector<Word> L(1 + pick(3));
    for (Word &W : L)
      W = Rng() | Word(1) << 63;
    return L;
  }
  Term binary(std::size_t Bytes, unsigned ExtraBits) {
    std::vector<unsigned char> B(Bytes + 1);
    for (auto &C : B)
      C = (unsigned char)Rng();
    if (!ExtraBits)
      return makeBinary(A, std::span(B).first(Bytes));
    return makeBitstring(A, B, Bytes * 8 + ExtraBits);
  }
  Term external(HeaderKind Kind) {
    Word Ids[] = {pick(100), pick(100), Rng()};
    std::size_t N = Kind == HeaderKind::ExternalPid ? 2 : Kind == HeaderKind::ExternalPort ? 1 : 3;
    return makeExternal(A, Kind, {atom("other@host"), 3, std::span(Ids, N)});
  }
  Term tuple(int Depth) {
    std::vector<Term> E(pick(6));
    for (Term &T : E)
      T = term(Depth - 1);
    return makeTuple(A, E);
  }
  Term list(int Depth) {
    std::vector<Term> E(pick(12));
    for (Term &T : E)
      T = term(Depth - 1);
    return makeList(A, E);
  }
  Term map(int Depth, unsigned Keys) {
    std::vector<MapEntry> E;
    for (unsigned I = 0; I < Keys; ++I)
      E.push_back({pick(3) ? Term::small(pick(1000)) : term(0), term(Depth - 1)});
    return makeMap(A, E);
  }
  Term fun(int Depth) {
    FunObject F{};
    F.Module = atom("gc_mod").raw();
    F.Index = pick(10);
    F.OldIndex = F.Index;
    F.OldUniq = Rng() & 0x7FFFFFF;
    F.Uniq[0] = Rng();
    F.Uniq[1] = Rng();
    F.Arity = pick(4);
    F.Creator = (pick(2) ? external(HeaderKind::ExternalPid) : Term::localPid(5, 0)).raw();
    std::vector<Term> Free(pick(4));
    for (Term &T : Free)
      T = term(Depth - 1);
    return makeFun(A, F, Free);
  }

  std::mt19937_64 Rng;
  TermAllocator &A;
  std::vector<Term> Pool;
};

/// How many terms `placeRoots` puts in each kind of root.
struct Fixture {
  static constexpr unsigned NumX = 6, NumY = 4, NumDict = 3;
};

/// Pushes a frame and fills X, Y, dictionary and exception roots with
/// random terms, appending the same terms built in `Arena` to `Expected`.
void placeRoots(Process &P, TermArena &Arena, unsigned Seed, std::vector<Term> &Expected) {
  P.pushFrame(Fixture::NumY);
  TermGen OnHeap(Seed, P), OnArena(Seed, Arena);
  auto Next = [&] {
    Expected.push_back(OnArena.term(4));
    return OnHeap.term(4);
  };
  for (unsigned I = 0; I < Fixture::NumX; ++I)
    P.X[I] = Next();
  for (unsigned I = 0; I < Fixture::NumY; ++I)
    P.y(I) = Next();
  for (unsigned I = 0; I < Fixture::NumDict; ++I) {
    Term K = Next();
    P.Dictionary.push_back({K, Next()});
  }
  P.ExcReason = Next();
  P.ExcStacktrace = Next();
}

/// The roots of `P` as `placeRoots` laid them out.
std::vector<Term> currentRoots(Process &P) {
  std::vector<Term> R;
  for (unsigned I = 0; I < Fixture::NumX; ++I)
    R.push_back(P.X[I]);
  for (unsigned I = 0; I < Fixture::NumY; ++I)
    R.push_back(P.y(I));
  for (auto &[K, V] : P.Dictionary) {
    R.push_back(K);
    R.push_back(V);
  }
  R.push_back(P.ExcReason);
  R.push_back(P.ExcStacktrace);
  return R;
}

void expectRootsEqual(Process &P, const std::vector<Term> &Expected) {
  std::vector<Term> Now = currentRoots(P);
  ASSERT_EQ(Now.size(), Expected.size());
  for (std::size_t I = 0; I < Now.size(); ++I)
    EXPECT_TRUE(exactEqualTerms(Now[I], Expected[I])) << "root " << I;
}

/// Every pointer in the old heap stays in the old heap or outside the
/// process: the rule minor collections rely on.
bool oldHeapIsClosed(const Process &P) {
  bool Closed = true;
  auto Check = [&](const Word &Slot) {
    Term T = Term::fromRaw(Slot);
    if (!T.isCons() && !T.isBoxed())
      return;
    const Word *Ptr = reinterpret_cast<const Word *>(Slot & ~Word(3));
    if (Ptr >= P.HeapStart && Ptr < P.HeapEnd)
      Closed = false;
  };
  for (const Word *S = P.OldHeapStart; S && S < P.OldHTop;) {
    if (isHeaderWord(*S)) {
      forEachTermSlot(S, Check);
      S += objectWords(S);
    } else {
      Check(S[0]);
      Check(S[1]);
      S += 2;
    }
  }
  return Closed;
}

bool isTableSize(std::size_t Words) { return nextHeapSize(Words) == Words; }

} // namespace

// Protects: every kind of term in every kind of root survives minor and
// full collections, with and without a large Need.
TEST(GcTest, RandomTermsSurviveRepeatedCollections) {
  for (unsigned FullsweepAfter : {0u, 3u, 65535u}) {
    for (unsigned Seed = 1; Seed <= 6; ++Seed) {
      Process P;
      P.parkRegisters(64);
      P.FullsweepAfter = FullsweepAfter;
      TermArena Arena;
      std::vector<Term> Expected;
      placeRoots(P, Arena, Seed, Expected);
      for (unsigned Round = 0; Round < 12; ++Round) {
        std::size_t Need = Round % 3 == 0 ? 5000 * Round : Round;
        garbageCollect(P, Need, Fixture::NumX);
        ASSERT_GE(P.freeWords(), Need);
        EXPECT_EQ(P.Fragments, nullptr);
        EXPECT_TRUE(oldHeapIsClosed(P));
        expectRootsEqual(P, Expected);
        // Garbage between collections, some of it in fragments.
        TermGen Junk(Seed * 100 + Round, P);
        for (int I = 0; I < 20; ++I)
          (void)Junk.term(3);
      }
      if (FullsweepAfter == 65535) {
        EXPECT_GT(P.OldHTop, P.OldHeapStart) << "survivors were promoted";
      }
      if (FullsweepAfter == 0) {
        EXPECT_EQ(P.OldHeapStart, nullptr);
      }
    }
  }
}

// Protects: a full sweep happens every FullsweepAfter minor collections.
TEST(GcTest, FullsweepAfterCountsMinorCollections) {
  Process P;
  P.parkRegisters(64);
  P.FullsweepAfter = 4;
  for (int I = 0; I < 10; ++I)
    garbageCollect(P, 0, 0);
  EXPECT_EQ(P.FullSweeps, 2u);
  EXPECT_EQ(P.MinorSweeps, 8u);
}

// Protects: a subterm reached twice is copied once.
TEST(GcTest, SharingIsPreserved) {
  Process P;
  P.parkRegisters(64);
  std::vector<Term> Elems(500, Term::small(7));
  Term L = makeList(P, Elems);
  Term Pair[] = {L, L};
  P.X[0] = makeTuple(P, Pair);
  garbageCollect(P, 0, 1);
  EXPECT_EQ(P.X[0].tupleElement(0), P.X[0].tupleElement(1));
  EXPECT_EQ(std::size_t(P.HTop - P.HeapStart), 3 + 2 * 500u);
}

// Protects: refc binaries are released when unreachable and kept (and
// relinked) when reachable, also through a sub binary.
TEST(GcTest, RefcBinariesReleasedWhenUnreachable) {
  std::vector<unsigned char> Bytes(300, 0xAB);
  Process P;
  P.parkRegisters(64);
  P.X[0] = makeBinary(P, Bytes);
  P.X[1] = makeBinary(P, Bytes);
  P.X[2] = makeBitstring(P, Bytes, 300 * 8 - 3);
  RefcBytes *Kept = reinterpret_cast<ProcBin *>(P.X[0].boxedObject() + 1)->Bytes;
  RefcBytes *Dropped = reinterpret_cast<ProcBin *>(P.X[1].boxedObject() + 1)->Bytes;
  Term Orig = Term::fromRaw(reinterpret_cast<SubBinary *>(P.X[2].boxedObject() + 1)->Original);
  RefcBytes *ViaSub = reinterpret_cast<ProcBin *>(Orig.boxedObject() + 1)->Bytes;
  Kept->retain();
  Dropped->retain();
  ViaSub->retain();
  P.X[1] = P.X[2]; // The second binary becomes garbage.
  P.X[2] = Term::nil();
  for (int I = 0; I < 5; ++I)
    garbageCollect(P, 0, 2);
  EXPECT_EQ(Kept->RefCount.load(), 2u);
  EXPECT_EQ(Dropped->RefCount.load(), 1u);
  EXPECT_EQ(ViaSub->RefCount.load(), 2u);
  // Exactly the two live ProcBins remain on the off-heap list.
  int Count = 0;
  for (Word *O = P.OffHeap; O; O = reinterpret_cast<ProcBin *>(O + 1)->NextOffHeap)
    ++Count;
  EXPECT_EQ(Count, 2);
  P.X[0] = P.X[1] = Term::nil();
  garbageCollect(P, 0, 0);
  P.FullsweepAfter = 0;
  garbageCollect(P, 0, 0); // Also empties the old heap.
  EXPECT_EQ(Kept->RefCount.load(), 1u);
  EXPECT_EQ(ViaSub->RefCount.load(), 1u);
  EXPECT_EQ(P.OffHeap, nullptr);
  Kept->release();
  Dropped->release();
  ViaSub->release();
}

// Protects: the stack keeps its depth, continuation pointers and catch
// markers, and its terms are updated.
TEST(GcTest, StackSurvives) {
  alignas(8) static const Word FakeCode[4] = {};
  Process P;
  P.parkRegisters(64);
  P.CP = &FakeCode[1];
  P.pushFrame(3);
  P.y(0) = Term::catchIndex(42);
  P.y(1) = makeByteList(P, "hello");
  P.y(2) = Term::small(5);
  P.CP = &FakeCode[2];
  P.pushFrame(1);
  P.y(0) = makeFloat(P, 1.5);
  std::size_t Depth = std::size_t(P.HeapEnd - P.StackTop);
  for (int I = 0; I < 6; ++I)
    garbageCollect(P, I * 1000, 0);
  EXPECT_EQ(std::size_t(P.HeapEnd - P.StackTop), Depth);
  EXPECT_EQ(P.y(0).floatValue(), 1.5);
  P.popFrame(1);
  EXPECT_EQ(P.CP, &FakeCode[2]);
  EXPECT_EQ(P.y(0), Term::catchIndex(42));
  TermArena A;
  EXPECT_TRUE(exactEqualTerms(P.y(1), makeByteList(A, "hello")));
  EXPECT_EQ(P.y(2), Term::small(5));
  P.popFrame(3);
  EXPECT_EQ(P.CP, &FakeCode[1]);
}

// Protects: erl's heap size table and its use when growing and shrinking.
TEST(GcTest, HeapSizesFollowTable) {
  EXPECT_EQ(nextHeapSize(0), 12u);
  EXPECT_EQ(nextHeapSize(233), 233u);
  EXPECT_EQ(nextHeapSize(233, true), 376u);
  const std::size_t Erl[] = {233, 376, 610, 987, 1598, 2586, 4185, 6772, 10958,
                             17731, 28690, 46422, 75113, 121536, 196650, 318187,
                             514838, 833026, 999631, 1199557};
  for (std::size_t I = 0; I + 1 < std::size(Erl); ++I)
    EXPECT_EQ(nextHeapSize(Erl[I] + 1), Erl[I + 1]);
  Process P;
  P.parkRegisters(64);
  P.FullsweepAfter = 0;
  EXPECT_EQ(P.heapSize(), 233u);
  std::vector<Term> Elems(5000, Term::small(1));
  P.X[0] = makeList(P, Elems);
  garbageCollect(P, 0, 1);
  EXPECT_TRUE(isTableSize(P.heapSize()));
  EXPECT_GE(P.heapSize(), 10000u);
  EXPECT_LE(P.heapSize(), 17731u);
  garbageCollect(P, 20000, 1);
  EXPECT_TRUE(isTableSize(P.heapSize()));
  EXPECT_GE(P.freeWords(), 20000u);
  P.X[0] = Term::nil();
  for (int I = 0; I < 8; ++I)
    garbageCollect(P, 0, 1);
  EXPECT_EQ(P.heapSize(), Process::MinHeapWords);
}

// Protects: a 100,000-deep nested list needs no C++ stack.
TEST(GcTest, DeepListsAreCopiedIteratively) {
  Process P;
  P.parkRegisters(64);
  TermArena A;
  Term OnHeap = Term::nil(), Ref = Term::nil();
  for (int I = 0; I < 100000; ++I) {
    OnHeap = makeCons(P, OnHeap, Term::nil());
    Ref = makeCons(A, Ref, Term::nil());
  }
  P.X[0] = OnHeap;
  for (int I = 0; I < 4; ++I)
    garbageCollect(P, 0, 1);
  EXPECT_TRUE(exactEqualTerms(P.X[0], Ref));
  EXPECT_EQ(termSize(P.X[0]), 200000u);
  EXPECT_TRUE(exactEqualTerms(copyTerm(P.X[0], A), Ref));
}

// Protects: a million-element list survives many collections.
TEST(GcTest, MillionElementListCollectedManyTimes) {
  Process P;
  P.parkRegisters(64);
  P.FullsweepAfter = 5;
  P.X[0] = Term::nil();
  for (int I = 0; I < 1000000; ++I) {
    ensureHeap(P, 2, 1);
    P.X[0] = makeCons(P, Term::small(I), P.X[0]);
  }
  for (int I = 0; I < 15; ++I)
    garbageCollect(P, I % 2 ? 1000 : 0, 1);
  SWord Expect = 999999;
  std::size_t Count = 0;
  for (Term T = P.X[0]; T.isCons(); T = T.tail(), --Expect, ++Count)
    ASSERT_EQ(T.head(), Term::small(Expect));
  EXPECT_EQ(Count, 1000000u);
}

// Protects: terms outside the process (module literals) are not moved and
// process terms pointing at them keep doing so.
TEST(GcTest, LiteralsAreLeftInPlace) {
  TermArena Literals;
  Term Lit = makeByteList(Literals, "literal");
  Process P;
  P.parkRegisters(64);
  Term Elems[] = {Lit, Term::small(1)};
  P.X[0] = makeTuple(P, Elems);
  P.X[1] = Lit;
  for (int I = 0; I < 3; ++I)
    garbageCollect(P, 0, 2);
  EXPECT_EQ(P.X[0].tupleElement(0), Lit);
  EXPECT_EQ(P.X[1], Lit);
}

// Protects: ExtraRoots, Pid and GroupLeader are roots and are updated.
TEST(GcTest, ExtraRootsAreUpdated) {
  Process P;
  P.parkRegisters(64);
  Term Kept = makeByteList(P, "native");
  P.ExtraRoots.push_back(&Kept);
  Word Ids[] = {1, 2};
  P.GroupLeader = makeExternal(P, HeaderKind::ExternalPid, {atom("n@h"), 1, Ids});
  for (int I = 0; I < 3; ++I)
    garbageCollect(P, 0, 0);
  TermArena A;
  EXPECT_TRUE(exactEqualTerms(Kept, makeByteList(A, "native")));
  EXPECT_TRUE(exactEqualTerms(P.GroupLeader,
                              makeExternal(A, HeaderKind::ExternalPid, {atom("n@h"), 1, Ids})));
  EXPECT_TRUE(P.GroupLeader.load().boxedObject() >= P.HeapStart || P.OldHeapStart);
}

// Protects: stress mode collects at every ensureHeap and is inherited from
// the global switch.
TEST(GcTest, StressModeCollectsAtEveryCheck) {
  setGcStress(true);
  Process P;
  P.parkRegisters(64);
  setGcStress(false);
  EXPECT_TRUE(P.GcStress);
  EXPECT_FALSE(Process().GcStress);
  P.X[0] = makeByteList(P, "x");
  for (int I = 0; I < 10; ++I) {
    ensureHeap(P, 2, 1);
    P.X[0] = makeCons(P, Term::small(I), P.X[0]); // Something new each time.
  }
  EXPECT_EQ(P.FullSweeps + P.MinorSweeps, 10u);
  // With nothing allocated, checks collect until the young heap is empty;
  // after that a collection would copy nothing and is skipped.
  for (int I = 0; I < 5; ++I)
    ensureHeap(P, 1, 1);
  EXPECT_EQ(P.HTop, P.HeapStart);
  EXPECT_LE(P.FullSweeps + P.MinorSweeps, 12u);
  unsigned Length = 0;
  for (Term L = P.X[0]; L.isCons(); L = L.tail())
    ++Length;
  EXPECT_EQ(Length, 11u);
}

// Protects: on a deep stack, stress collections are amortised (one in
// depth / 512 checks), so deep recursion under stress stays linear.
TEST(GcTest, StressModeAmortisesDeepStacks) {
  setGcStress(true);
  Process P;
  P.parkRegisters(64);
  setGcStress(false);
  constexpr std::size_t Frames = 2048; // 2048 two-word frames: 4096 words.
  for (std::size_t I = 0; I < Frames; ++I) {
    ensureHeap(P, 2, 0);
    P.pushFrame(1);
  }
  unsigned Before = P.FullSweeps + P.MinorSweeps;
  for (int I = 0; I < 90; ++I) {
    ensureHeap(P, 2, 1);
    P.X[0] = makeCons(P, Term::small(I), Term::nil());
  }
  unsigned Collections = P.FullSweeps + P.MinorSweeps - Before;
  EXPECT_GE(Collections, 9u); // One in 4096 / 512 + 1 = 9 checks.
  EXPECT_LE(Collections, 11u);
}

// Protects: the message copy is sharing-unaware, complete and iterative,
// and registers refc binaries with the destination.
TEST(CopyTest, CopiesEveryKindWithoutSharing) {
  for (unsigned Seed = 1; Seed <= 20; ++Seed) {
    TermArena From, Ref;
    Term T = TermGen(Seed, From).term(4);
    Term R = TermGen(Seed, Ref).term(4);
    Process P;
    P.parkRegisters(64);
    Term C = copyTerm(T, P);
    EXPECT_TRUE(exactEqualTerms(C, R));
    EXPECT_EQ(std::size_t(P.HTop - P.HeapStart) + P.fragmentWords(), termSize(T));
  }
  TermArena A;
  Term L = makeByteList(A, "abc");
  Term Pair[] = {L, L};
  Term T = makeTuple(A, Pair);
  EXPECT_EQ(termSize(T), 3 + 2 * 6u);
  std::vector<unsigned char> Bytes(100, 1);
  Term Bin = makeBinary(A, Bytes);
  RefcBytes *RB = reinterpret_cast<ProcBin *>(Bin.boxedObject() + 1)->Bytes;
  {
    Process P;
    P.parkRegisters(64);
    Term C = copyTerm(Bin, P);
    EXPECT_NE(C, Bin);
    EXPECT_EQ(RB->RefCount.load(), 2u);
    EXPECT_EQ(P.OffHeap, C.boxedObject());
  }
  EXPECT_EQ(RB->RefCount.load(), 1u);
}

// Protects: a block copy (ETS reads) of what copyTermInto built equals the
// term, lies wholly on the destination heap with no pointer left into the
// source block, and registers its refc binaries.
TEST(CopyTest, BlockCopyMovesAContiguousCopy) {
  for (unsigned Seed = 1; Seed <= 20; ++Seed) {
    TermArena From, Ref;
    Term T = TermGen(Seed, From).term(4);
    Term R = TermGen(Seed, Ref).term(4);
    std::size_t Words = termSize(T);
    std::vector<Word> Block(Words + 1);
    Word *OffHeap = nullptr;
    Term Stored = copyTermInto(T, Block.data(), Words, OffHeap);
    Process P;
    P.parkRegisters(64);
    Term C = copyBlock(Stored, Words, P);
    EXPECT_TRUE(exactEqualTerms(C, R));
    releaseOffHeap(OffHeap);
    std::fill(Block.begin(), Block.end(), Word(0)); // Any pointer left in it now reads garbage.
    EXPECT_TRUE(exactEqualTerms(C, R));
  }
  TermArena A;
  std::vector<unsigned char> Bytes(100, 1);
  Term Bin = makeBinary(A, Bytes);
  Term Elems[] = {Bin, makeByteList(A, "xy")};
  Term T = makeTuple(A, Elems);
  RefcBytes *RB = reinterpret_cast<ProcBin *>(Bin.boxedObject() + 1)->Bytes;
  std::size_t Words = termSize(T);
  std::vector<Word> Block(Words);
  Word *OffHeap = nullptr;
  Term Stored = copyTermInto(T, Block.data(), Words, OffHeap);
  {
    Process P;
    P.parkRegisters(64);
    Term C = copyBlock(Stored, Words, P);
    EXPECT_EQ(RB->RefCount.load(), 3u);
    EXPECT_EQ(P.OffHeap, C.tupleElement(0).boxedObject());
  }
  EXPECT_EQ(RB->RefCount.load(), 2u);
  releaseOffHeap(OffHeap);
  EXPECT_EQ(RB->RefCount.load(), 1u);
}

// Protects: data reached from a promoted object is promoted with it, even
// when a tier wrote a younger term into an older tuple in place.
TEST(GcTest, PromotionKeepsOldHeapClosed) {
  Process P;
  P.parkRegisters(64);
  Word *Tuple = allocateTuple(P, 2);
  P.X[0] = Term::boxed(Tuple);
  garbageCollect(P, 0, 1); // The tuple is now below the high-water mark.
  P.X[0].boxedObject()[1] = makeByteList(P, "younger").raw();
  garbageCollect(P, 0, 1); // Promotes the tuple and, with it, the string.
  EXPECT_TRUE(P.X[0].boxedObject() >= P.OldHeapStart && P.X[0].boxedObject() < P.OldHTop);
  EXPECT_TRUE(oldHeapIsClosed(P));
  TermArena A;
  Term Elems[] = {makeByteList(A, "younger"), Term::nil()};
  EXPECT_TRUE(exactEqualTerms(P.X[0], makeTuple(A, Elems)));
  for (int I = 0; I < 3; ++I)
    garbageCollect(P, 100, 1);
  EXPECT_TRUE(exactEqualTerms(P.X[0], makeTuple(A, Elems)));
}
