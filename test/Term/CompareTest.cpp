//===- test/Term/CompareTest.cpp - Erlang term order ----------------------===//
#include "beamr/Term/Compare.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"
#include "beamr/Term/Printer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

using namespace beamr;

namespace {

Term atom(std::string_view Text) { return *AtomTable::get().intern(Text); }

Term bits(TermArena &A, std::initializer_list<unsigned char> B, Word BitSize) {
  return makeBitstring(A, std::span<const unsigned char>(B.begin(), B.size()), BitSize);
}

Term pow2(TermArena &A, unsigned Bits, bool Negative = false, Word Add = 0) {
  std::vector<Word> Limbs(Bits / 64 + 1, 0);
  Limbs[Bits / 64] = Word(1) << (Bits % 64);
  Limbs[0] += Add;
  return makeInteger(A, Negative, Limbs);
}

Term tuple(TermArena &A, std::vector<Term> E) { return makeTuple(A, E); }
Term map1(TermArena &A, Term K, Term V) {
  MapEntry E[] = {{K, V}};
  return makeMap(A, E);
}

std::string joined(const std::vector<Term> &Terms) {
  std::string S = "[";
  for (std::size_t I = 0; I < Terms.size(); ++I) {
    if (I)
      S += ',';
    writeTerm(S, Terms[I]);
  }
  return S + "]";
}

} // namespace

// A stable sort of mixed terms gives exactly erl's lists:sort/1 result.
TEST(CompareTest, SortMatchesErl) {
  TermArena A;
  Word Ref1[] = {3, 2, 1}, Ref2[] = {3, 2, 4};
  std::vector<Term> L = {bits(A, {1, 2}, 16),
                         bits(A, {1, 0x40}, 11),
                         bits(A, {1}, 8),
                         makeList(A, std::vector<Term>{atom("a")}),
                         Term::nil(),
                         tuple(A, {atom("b")}),
                         tuple(A, {atom("a"), atom("a")}),
                         map1(A, atom("a"), Term::small(1)),
                         makeMap(A, {}),
                         Term::localPid(5, 1),
                         Term::localPid(6, 0),
                         Term::localPort(3),
                         makeExportFun(A, atom("lists"), atom("map"), Term::small(2)),
                         makeLocalRef(A, Ref1),
                         makeLocalRef(A, Ref2),
                         atom("zed"),
                         atom("abc"),
                         atom("ab"),
                         Term::small(1),
                         makeFloat(A, 1.0),
                         Term::small(2),
                         makeFloat(A, 0.5),
                         Term::small(-3),
                         pow2(A, 70),
                         pow2(A, 70, true),
                         makeFloat(A, 1.0e30),
                         makeFloat(A, 1.5e21),
                         makeFloat(A, 1180591620717411303424.0),
                         pow2(A, 70, false, 1),
                         tuple(A, {Term::small(1), makeFloat(A, 1.0)}),
                         tuple(A, {Term::small(1), Term::small(1)}),
                         makeCons(A, Term::small(1), Term::small(2)),
                         makeList(A, std::vector<Term>{Term::small(1), Term::small(2)}),
                         makeByteList(A, "abc"),
                         bits(A, {}, 0),
                         map1(A, Term::small(1), atom("a")),
                         map1(A, makeFloat(A, 1.0), atom("a")),
                         map1(A, atom("a"), Term::small(2)),
                         map1(A, atom("b"), Term::small(1))};
  std::stable_sort(L.begin(), L.end(), [](Term X, Term Y) { return compareTerms(X, Y) < 0; });
  // erl 25: io:format("~w", [lists:sort(L)]) for the same list.
  EXPECT_EQ(joined(L),
            "[-1180591620717411303424,-3,0.5,1,1.0,2,1180591620717411303424,1.1805916207174113e21,"
            "1180591620717411303425,1.5e21,1.0e30,ab,abc,zed,#Ref<0.1.2.3>,#Ref<0.4.2.3>,"
            "fun lists:map/2,#Port<0.3>,<0.6.0>,<0.5.1>,{b},{1,1.0},{1,1},{a,a},#{},#{1 => a},"
            "#{1.0 => a},#{a => 1},#{a => 2},#{b => 1},[],[1|2],[1,2],[97,98,99],[a],<<>>,<<1>>,"
            "<<1,2>>,<<1,2:3>>]");
}

// == compares numbers by exact value; =:= separates integers from floats.
TEST(CompareTest, NumbersCompareByExactValue) {
  TermArena A;
  EXPECT_TRUE(equalTerms(Term::small(1), makeFloat(A, 1.0)));
  EXPECT_FALSE(exactEqualTerms(Term::small(1), makeFloat(A, 1.0)));
  EXPECT_LT(compareTermsExact(Term::small(1), makeFloat(A, 1.0)), 0);
  EXPECT_LT(compareTermsExact(Term::small(5), makeFloat(A, 1.0)), 0); // all ints first
  EXPECT_LT(compareTermsExact(pow2(A, 70), makeFloat(A, -1.0)), 0);
  // erl: (1 bsl 53) + 1 == float((1 bsl 53) + 1) is false, and
  // 9007199254740993 < 9007199254740992.0 is false.
  Term Odd = Term::small((SWord(1) << 53) + 1);
  EXPECT_GT(compareTerms(Odd, makeFloat(A, double((SWord(1) << 53) + 1))), 0);
  EXPECT_EQ(compareTerms(pow2(A, 70), makeFloat(A, 1180591620717411303424.0)), 0);
  EXPECT_GT(compareTerms(pow2(A, 70, false, 1), makeFloat(A, 1180591620717411303424.0)), 0);
  EXPECT_LT(compareTerms(pow2(A, 70, true, 1), makeFloat(A, -1180591620717411303424.0)), 0);
  EXPECT_LT(compareTerms(Term::small(Term::MaxSmall), pow2(A, 59)), 0);
  EXPECT_EQ(compareTerms(makeFloat(A, 0.0), makeFloat(A, -0.0)), 0); // erl 25: 0.0 =:= -0.0
  EXPECT_EQ(compareTermsExact(makeFloat(A, 0.0), makeFloat(A, -0.0)), 0);
  EXPECT_LT(compareTerms(makeFloat(A, 0.5), Term::small(1)), 0);
  EXPECT_GT(compareTerms(makeFloat(A, 1e300), pow2(A, 900)), 0);
}

// Map keys compare exactly even under ==: #{1 => a} == #{1.0 => a} is false.
TEST(CompareTest, MapKeysCompareExactly) {
  TermArena A;
  Term IntKey = map1(A, Term::small(1), atom("a"));
  Term FloatKey = map1(A, makeFloat(A, 1.0), atom("a"));
  EXPECT_LT(compareTerms(IntKey, FloatKey), 0);
  EXPECT_FALSE(equalTerms(IntKey, FloatKey));
  // Values compare arithmetically under ==.
  EXPECT_TRUE(
      equalTerms(map1(A, atom("k"), Term::small(1)), map1(A, atom("k"), makeFloat(A, 1.0))));
  // Hash maps: sizes first, then sorted keys, then values.
  std::vector<MapEntry> E1, E2;
  for (int I = 0; I < 40; ++I) {
    E1.push_back({Term::small(I), Term::small(I)});
    E2.push_back({Term::small(I == 39 ? 40 : I), Term::small(I)});
  }
  Term M1 = makeMap(A, E1), M2 = makeMap(A, E2);
  EXPECT_LT(compareTerms(M1, M2), 0);
  E1[0].second = makeFloat(A, 0.0);
  EXPECT_TRUE(equalTerms(M1, makeMap(A, E1)));
  EXPECT_FALSE(exactEqualTerms(M1, makeMap(A, E1)));
}

// Pids compare by serial before number; refs by their last number first.
TEST(CompareTest, IdentifiersOrderAsErl) {
  TermArena A;
  EXPECT_LT(compareTerms(Term::localPid(6, 0), Term::localPid(5, 1)), 0);
  Word Ext[] = {1, 0};
  Term Remote = makeExternal(A, HeaderKind::ExternalPid, {atom("a@b"), 1, Ext});
  // Same number and serial: node names decide ('a@b' < 'nonode@nohost').
  EXPECT_LT(compareTerms(Remote, Term::localPid(1, 0)), 0);
  EXPECT_GT(compareTerms(Remote, Term::localPid(0, 0)), 0);
  Word R1[] = {9, 0, 1}, R2[] = {0, 1, 1};
  EXPECT_LT(compareTerms(makeLocalRef(A, R1), makeLocalRef(A, R2)), 0);
  Word PortIds[] = {0};
  Term RemotePort = makeExternal(A, HeaderKind::ExternalPort, {atom("zz@b"), 1, PortIds});
  EXPECT_GT(compareTerms(RemotePort, Term::localPort(99)), 0); // node decides
}

// Bitstrings compare bit by bit, then by length.
TEST(CompareTest, BitstringsCompareBitwise) {
  TermArena A;
  EXPECT_LT(compareTerms(bits(A, {0x80}, 1), bits(A, {0x80}, 2)), 0);
  EXPECT_GT(compareTerms(bits(A, {0xC0}, 2), bits(A, {0x80}, 8)), 0);
  EXPECT_EQ(compareTerms(bits(A, {1, 2, 0xA0}, 19), bits(A, {1, 2, 0xA0}, 19)), 0);
}

// A million-deep nested list or tuple compares without C recursion.
TEST(CompareTest, DeepTermsDoNotRecurse) {
  TermArena A;
  Term L1 = Term::nil(), L2 = Term::nil(), T1 = Term::nil(), T2 = Term::nil();
  for (int I = 0; I < 1000000; ++I) {
    L1 = makeCons(A, L1, Term::nil());
    L2 = makeCons(A, L2, Term::nil());
    T1 = tuple(A, {T1});
    T2 = tuple(A, {T2});
  }
  EXPECT_EQ(compareTerms(L1, L2), 0);
  EXPECT_EQ(compareTerms(T1, T2), 0);
  Term Long1 = Term::nil(), Long2 = Term::small(0);
  for (int I = 0; I < 1000000; ++I) {
    Long1 = makeCons(A, Term::small(I), Long1);
    Long2 = makeCons(A, Term::small(I), Long2);
  }
  EXPECT_LT(compareTerms(Long2, Long1), 0); // differs at the very end: 0 < []
}
