//===- test/Term/TermTest.cpp - Term layout, atoms and builders -----------===//
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

using namespace beamr;

// Small integers cover exactly the 60-bit signed range and round-trip.
TEST(TermTest, SmallIntegersRoundTripAtTheEdges) {
  for (SWord V : {SWord(0), SWord(1), SWord(-1), Term::MaxSmall, Term::MinSmall}) {
    Term T = Term::small(V);
    EXPECT_TRUE(T.isSmall());
    EXPECT_FALSE(T.isAtom());
    EXPECT_EQ(T.smallValue(), V);
  }
  EXPECT_FALSE(Term::fitsSmall(Term::MaxSmall + 1));
  EXPECT_FALSE(Term::fitsSmall(Term::MinSmall - 1));
}

// Immediates of different kinds never alias each other or a header word.
TEST(TermTest, ImmediateTagsAreDistinct) {
  Term Values[] = {Term::small(5), Term::atom(5), Term::nil(), Term::localPid(5, 0),
                   Term::localPort(5), Term::catchIndex(5)};
  for (std::size_t I = 0; I < std::size(Values); ++I) {
    EXPECT_EQ(Values[I].primary(), PrimaryTag::Immediate);
    EXPECT_FALSE(isHeaderWord(Values[I].raw()));
    for (std::size_t J = I + 1; J < std::size(Values); ++J)
      EXPECT_NE(Values[I].raw(), Values[J].raw());
  }
  EXPECT_TRUE(Term::nil().isNil());
  EXPECT_FALSE(Term::atom(0).isNil());
}

// Pids keep their full 32-bit number and 28-bit serial.
TEST(TermTest, LocalPidFieldsRoundTrip) {
  Term P = Term::localPid(Term::MaxPidNumber, Term::MaxPidSerial);
  EXPECT_TRUE(P.isLocalPid());
  EXPECT_EQ(P.pidNumber(), Term::MaxPidNumber);
  EXPECT_EQ(P.pidSerial(), Term::MaxPidSerial);
}

// Predefined atoms have their fixed indices and interning is idempotent.
TEST(AtomTableTest, PredefinedAtomsHaveFixedIndices) {
  AtomTable &T = AtomTable::get();
  EXPECT_EQ(T.name(atomTerm(atoms::True)), "true");
  EXPECT_EQ(*T.intern("false"), atomTerm(atoms::False));
  EXPECT_EQ(*T.intern("ok"), atomTerm(atoms::Ok));
  Term A = *T.intern("a_new_atom");
  EXPECT_EQ(*T.intern("a_new_atom"), A);
  EXPECT_EQ(T.name(A), "a_new_atom");
}

// erl's limit is 255 characters, not bytes; invalid UTF-8 is refused.
TEST(AtomTableTest, AtomLengthLimitCountsCharacters) {
  AtomTable &T = AtomTable::get();
  EXPECT_TRUE(T.intern(std::string(255, 'x')).has_value());
  EXPECT_FALSE(T.intern(std::string(256, 'x')).has_value());
  std::string Wide;
  for (int I = 0; I < 255; ++I)
    Wide += "\xE2\x82\xAC"; // U+20AC, three bytes.
  EXPECT_TRUE(T.intern(Wide).has_value());
  EXPECT_FALSE(T.intern(Wide + "\xE2\x82\xAC").has_value());
  EXPECT_FALSE(T.intern("\xC0\x80").has_value()); // Overlong encoding.
  EXPECT_FALSE(T.intern("\xED\xA0\x80").has_value()); // Surrogate.
}

// Latin-1 atoms (ATOM_EXT) are stored as UTF-8, so both spellings meet.
TEST(AtomTableTest, Latin1AtomsBecomeUtf8) {
  AtomTable &T = AtomTable::get();
  EXPECT_EQ(*T.internLatin1("caf\xE9"), *T.intern("caf\xC3\xA9"));
}

// Concurrent interning of the same names gives one atom per name.
TEST(AtomTableTest, ConcurrentInterningAgrees) {
  std::vector<std::vector<Term>> Results(4);
  std::vector<std::thread> Threads;
  for (int Th = 0; Th < 4; ++Th)
    Threads.emplace_back([&, Th] {
      for (int I = 0; I < 2000; ++I)
        Results[Th].push_back(*AtomTable::get().intern("conc_" + std::to_string(I)));
    });
  for (auto &Th : Threads)
    Th.join();
  for (int Th = 1; Th < 4; ++Th)
    EXPECT_EQ(Results[Th], Results[0]);
}

// Integers are normalised: small when they fit, bignums without zero limbs.
TEST(BuildTest, IntegersAreNormalised) {
  TermArena A;
  EXPECT_TRUE(makeInteger(A, Term::MaxSmall).isSmall());
  Term Big = makeInteger(A, Term::MaxSmall + 1);
  ASSERT_TRUE(Big.isBignum());
  EXPECT_FALSE(bignumIsNegative(Big));
  EXPECT_EQ(bignumLimbs(Big).size(), 1u);
  Word Limbs[] = {5, 0, 0};
  EXPECT_EQ(makeInteger(A, true, Limbs), Term::small(-5));
  Term Min = makeInteger(A, Term::MinSmall);
  EXPECT_TRUE(Min.isSmall());
  Term BelowMin = makeInteger(A, Term::MinSmall - 1);
  EXPECT_TRUE(BelowMin.isBignum());
  EXPECT_TRUE(bignumIsNegative(BelowMin));
}

// Short binaries live on the heap, long ones off it, and both read back.
TEST(BuildTest, BinariesChooseTheirShape) {
  TermArena A;
  std::vector<unsigned char> Short(HeapBinaryLimit, 7), Long(HeapBinaryLimit + 1, 9);
  Term S = makeBinary(A, Short), L = makeBinary(A, Long);
  EXPECT_TRUE(S.isBoxedKind(HeaderKind::HeapBinary));
  EXPECT_TRUE(L.isBoxedKind(HeaderKind::RefcBinary));
  EXPECT_EQ(viewBitstring(S).BitSize, Short.size() * 8);
  EXPECT_EQ(viewBitstring(L).byteAt(HeapBinaryLimit), 9);
}

// Bitstrings keep their bit size and mask the bits past the end.
TEST(BuildTest, BitstringsKeepTheirBitSize) {
  TermArena A;
  unsigned char Bytes[] = {0xAB, 0xFF};
  Term B = makeBitstring(A, Bytes, 11);
  BitstringView V = viewBitstring(B);
  EXPECT_EQ(V.BitSize, 11u);
  EXPECT_FALSE(V.isBinary());
  EXPECT_EQ(V.byteAt(0), 0xAB);
  EXPECT_EQ(V.byteAt(1), 0xE0);
}

// Tuples, lists and externals read back what was built.
TEST(BuildTest, CompoundTermsReadBack) {
  TermArena A;
  Term Elems[] = {Term::small(1), Term::atom(atoms::Ok)};
  Term T = makeTuple(A, Elems);
  ASSERT_TRUE(T.isTuple());
  EXPECT_EQ(T.tupleArity(), 2u);
  EXPECT_EQ(T.tupleElement(1), Term::atom(atoms::Ok));
  Term L = makeList(A, Elems);
  EXPECT_EQ(L.head(), Term::small(1));
  EXPECT_TRUE(L.tail().tail().isNil());
  Word Ids[] = {1, 2, 3};
  Term R = makeExternal(A, HeaderKind::ExternalRef, {atomTerm(atoms::NonodeAtNohost), 7, Ids});
  NodeIds N = viewExternal(R);
  EXPECT_EQ(N.Creation, 7u);
  ASSERT_EQ(N.Ids.size(), 3u);
  EXPECT_EQ(N.Ids[2], 3u);
}
