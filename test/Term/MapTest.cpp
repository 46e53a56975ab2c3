//===- test/Term/MapTest.cpp - Flat maps and hash maps --------------------===//
///
/// \file
/// Iteration orders are checked against erl 25. For each map M built with
/// `maps:from_list/1`, erl printed `lists:sublist(maps:keys(M), 12)` and the
/// checksum `ck(maps:keys(M))` where
///   ck(L) = element(2, lists:foldl(fun(K, {I, Acc}) ->
///             {I+1, (Acc * 31 + erlang:phash2(K) * I) rem 1000000007} end,
///             {1, 0}, L)).
//===----------------------------------------------------------------------===//
#include "beamr/Term/Map.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Compare.h"
#include "beamr/Term/Hash.h"
#include "beamr/Term/Printer.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

using namespace beamr;

namespace {

Term atom(std::string_view Text) { return *AtomTable::get().intern(Text); }

/// `maps:from_list([{Key(I), I} || I <- lists:seq(From, To, Step)])`.
Term buildMap(TermArena &A, int From, int To, std::function<Term(int)> Key, int Step = 1) {
  std::vector<MapEntry> E;
  for (int I = From; I <= To; I += Step)
    E.push_back({Key(I), Term::small(I)});
  return makeMap(A, E);
}

std::vector<Term> keysOf(Term M, MapOrder Order = MapOrder::ToList) {
  std::vector<Term> Keys;
  MapIterator It(M, Order);
  Term K, V;
  while (It.next(K, V))
    Keys.push_back(K);
  return Keys;
}

std::string firstKeys(Term M, std::size_t N = 12) {
  std::vector<Term> Keys = keysOf(M);
  std::string S = "[";
  for (std::size_t I = 0; I < std::min(N, Keys.size()); ++I) {
    if (I)
      S += ',';
    writeTerm(S, Keys[I]);
  }
  return S + "]";
}

long long checksum(Term M) {
  long long Acc = 0, I = 1;
  for (Term K : keysOf(M))
    Acc = (Acc * 31 + (long long)phash2(K) * I++) % 1000000007;
  return Acc;
}

Term bin32(TermArena &A, int I) {
  unsigned char B[] = {0, 0, static_cast<unsigned char>(I >> 8), static_cast<unsigned char>(I)};
  return makeBinary(A, B);
}

Term decimalBinary(TermArena &A, int I) {
  std::string S = std::to_string(I);
  return makeBinary(A, std::span(reinterpret_cast<const unsigned char *>(S.data()), S.size()));
}

} // namespace

// Small maps are flat, with keys sorted in exact order (integers before floats).
TEST(MapTest, SmallMapsAreFlatAndSorted) {
  TermArena A;
  unsigned char X[] = {'x'};
  MapEntry E[] = {
      {Term::small(3), atom("a")},  {makeFloat(A, 1.0), atom("b")},
      {Term::small(1), atom("c")},  {makeFloat(A, 2.0), atom("d")},
      {Term::small(-1), atom("e")}, {makeBinary(A, X), atom("f")},
      {Term::nil(), atom("g")},     {makeTuple(A, std::vector<Term>{Term::small(1)}), atom("h")}};
  Term M = makeMap(A, E);
  EXPECT_TRUE(M.isBoxedKind(HeaderKind::FlatMap));
  EXPECT_EQ(mapSize(M), 8u);
  // erl 25: maps:keys of this map is [-1,1,3,1.0,2.0,{1},[],<<120>>].
  EXPECT_EQ(firstKeys(M), "[-1,1,3,1.0,2.0,{1},[],<<120>>]");
  EXPECT_EQ(checksum(M), 291221795);
}

// 33 keys make a hash map; its keys come out in erl's order.
TEST(MapTest, IntegerKeyOrdersMatchErl) {
  TermArena A;
  auto Int = [](int I) { return Term::small(I); };
  Term M33 = buildMap(A, 1, 33, Int);
  EXPECT_TRUE(M33.isBoxedKind(HeaderKind::HashMapHead));
  EXPECT_EQ(firstKeys(M33), "[33,12,23,29,30,26,31,11,9,32,25,28]");
  EXPECT_EQ(checksum(M33), 905973132);
  Term M40 = buildMap(A, 1, 40, Int);
  EXPECT_EQ(firstKeys(M40), "[33,12,23,29,30,39,26,31,11,37,9,32]");
  EXPECT_EQ(checksum(M40), 300942676);
  Term M100 = buildMap(A, 1, 100, Int);
  EXPECT_EQ(firstKeys(M100), "[33,12,73,44,23,29,47,89,61,30,43,39]");
  EXPECT_EQ(checksum(M100), 480538159);
  Term M1000 = buildMap(A, 1, 1000, Int);
  EXPECT_EQ(firstKeys(M1000), "[912,326,33,289,518,990,456,401,168,309,117,377]");
  EXPECT_EQ(checksum(M1000), 661171320);
  Term M10000 = buildMap(A, 1, 10000, Int);
  EXPECT_EQ(firstKeys(M10000), "[4708,6506,7424,5931,912,6135,1133,1276,6881,2404,6779,326]");
  EXPECT_EQ(checksum(M10000), 303767253);
  Term Sparse = buildMap(A, 1, 5000, Int, 3);
  EXPECT_EQ(mapSize(Sparse), 1667u);
  EXPECT_EQ(firstKeys(Sparse), "[4708,1276,2404,1639,1846,2638,1417,1060,289,2224,2953,2491]");
  EXPECT_EQ(checksum(Sparse), 898309759);
  Term Neg = buildMap(A, 1, 50, [](int I) { return Term::small(-I * 7919); });
  EXPECT_EQ(checksum(Neg), 534975707);
}

// Float, binary, tuple, list and bignum keys land where erl puts them.
TEST(MapTest, OtherKeyTypeOrdersMatchErl) {
  TermArena A;
  Term Floats = buildMap(A, 1, 40, [&](int I) { return makeFloat(A, I * 1.5); });
  EXPECT_EQ(firstKeys(Floats), "[54.0,16.5,52.5,28.5,21.0,25.5,10.5,7.5,42.0,27.0,60.0,43.5]");
  EXPECT_EQ(checksum(Floats), 967564059);
  Term Bins = buildMap(A, 1, 40, [&](int I) { return bin32(A, I); });
  EXPECT_EQ(firstKeys(Bins, 4), "[<<0,0,0,37>>,<<0,0,0,33>>,<<0,0,0,6>>,<<0,0,0,4>>]");
  EXPECT_EQ(checksum(Bins), 494661956);
  Term Strs = buildMap(A, 1, 40, [&](int I) { return decimalBinary(A, I); });
  EXPECT_EQ(firstKeys(Strs, 4), "[<<55>>,<<50,55>>,<<50,53>>,<<49,52>>]");
  EXPECT_EQ(checksum(Strs), 884447301);
  Term Tuples = buildMap(A, 1, 40, [&](int I) {
    return makeTuple(A, std::vector<Term>{Term::small(I), Term::small(I * 2)});
  });
  EXPECT_EQ(firstKeys(Tuples, 5), "[{19,38},{36,72},{29,58},{23,46},{1,2}]");
  EXPECT_EQ(checksum(Tuples), 117971775);
  Term Lists = buildMap(A, 1, 40, [&](int I) {
    return makeList(A, std::vector<Term>{Term::small(I), Term::small(I + 1)});
  });
  EXPECT_EQ(firstKeys(Lists, 4), "[[37,38],[17,18],[7,8],[12,13]]");
  EXPECT_EQ(checksum(Lists), 818669485);
  Term Bigs = buildMap(A, 1, 40, [&](int I) {
    Word Limbs[] = {Word(I), 1};
    return makeInteger(A, false, Limbs);
  });
  EXPECT_EQ(firstKeys(Bigs, 2), "[18446744073709551642,18446744073709551638]");
  EXPECT_EQ(checksum(Bigs), 33675960);
}

// 1 and 1.0 are different keys; mixed maps still follow erl's order.
TEST(MapTest, IntegerAndFloatKeysAreDistinct) {
  TermArena A;
  std::vector<MapEntry> E;
  for (int I = 1; I <= 20; ++I)
    E.push_back({Term::small(I), Term::small(I)});
  for (int I = 1; I <= 20; ++I)
    E.push_back({makeFloat(A, I), Term::small(I)});
  Term M = makeMap(A, E);
  EXPECT_EQ(mapSize(M), 40u);
  EXPECT_EQ(firstKeys(M), "[11.0,5.0,12,11,7.0,9,16.0,13.0,12.0,6,10.0,4.0]");
  EXPECT_EQ(checksum(M), 12547156);
}

// For =:= keys the last entry wins, in flat and hash maps alike.
TEST(MapTest, DuplicateKeysLastWins) {
  TermArena A;
  std::vector<MapEntry> E;
  for (int I = 1; I <= 40; ++I)
    E.push_back({Term::small(I), Term::small(I)});
  E.push_back({Term::small(5), atom("five")});
  E.push_back({makeFloat(A, 1.0), atom("x")});
  Term M = makeMap(A, E);
  EXPECT_EQ(mapSize(M), 41u); // erl: 41, five, x
  EXPECT_EQ(*mapGet(M, Term::small(5)), atom("five"));
  EXPECT_EQ(*mapGet(M, makeFloat(A, 1.0)), atom("x"));
  EXPECT_EQ(*mapGet(M, Term::small(1)), Term::small(1));
  MapEntry Flat[] = {{atom("k"), Term::small(1)}, {atom("k"), Term::small(2)}};
  Term F = makeMap(A, Flat);
  EXPECT_EQ(mapSize(F), 1u);
  EXPECT_EQ(*mapGet(F, atom("k")), Term::small(2));
}

// Lookups find every key and reject absent ones, including 1.0 for 1.
TEST(MapTest, GetFindsEveryKey) {
  TermArena A;
  for (int N : {0, 5, 32, 33, 500}) {
    Term M = buildMap(A, 1, N, [](int I) { return Term::small(I * 3); });
    for (int I = 1; I <= N; ++I) {
      std::optional<Term> V = mapGet(M, Term::small(I * 3));
      ASSERT_TRUE(V.has_value());
      EXPECT_EQ(*V, Term::small(I));
    }
    EXPECT_FALSE(mapGet(M, Term::small(1)).has_value());
    EXPECT_FALSE(mapGet(M, makeFloat(A, 3.0)).has_value());
  }
}

// The iterator order (maps:next, ~w) is the reverse of maps:to_list for hash maps.
TEST(MapTest, IteratorOrderReversesToListForHashMaps) {
  TermArena A;
  Term M = buildMap(A, 1, 34, [](int I) { return Term::small(I); });
  std::vector<Term> List = keysOf(M, MapOrder::ToList);
  std::vector<Term> Iter = keysOf(M, MapOrder::Iterator);
  ASSERT_EQ(List.size(), 34u);
  EXPECT_TRUE(std::equal(List.begin(), List.end(), Iter.rbegin()));
  Term Small = buildMap(A, 1, 5, [](int I) { return Term::small(I); });
  EXPECT_EQ(keysOf(Small, MapOrder::ToList), keysOf(Small, MapOrder::Iterator));
}

namespace {
/// Every word of two maps' tries, leaves compared by key and value: the
/// shapes are identical exactly when this holds.
bool sameShape(Term A, Term B) {
  if (A.isCons() || B.isCons())
    return A.isCons() && B.isCons() && exactEqualTerms(A.head(), B.head()) &&
           exactEqualTerms(A.tail(), B.tail());
  if (!A.isBoxed() || !B.isBoxed())
    return exactEqualTerms(A, B);
  const Word *X = A.boxedObject(), *Y = B.boxedObject();
  if (X[0] != Y[0])
    return false;
  if (headerKind(X[0]) == HeaderKind::FlatMap)
    return exactEqualTerms(A, B) && keysOf(A) == keysOf(B);
  std::size_t First = headerKind(X[0]) == HeaderKind::HashMapHead ? 3 : 2;
  for (std::size_t W = 1; W < First; ++W)
    if (X[W] != Y[W])
      return false;
  for (std::size_t W = First; W <= headerArity(X[0]); ++W)
    if (!sameShape(Term::fromRaw(X[W]), Term::fromRaw(Y[W])))
      return false;
  return true;
}
} // namespace

// Protects mapPut (put_map_assoc/exact, maps:put): a map grown or updated
// one key at a time has exactly the shape `makeMap` gives the same entries,
// for flat maps, the flat-to-hash switch at 33 keys and deep tries.
TEST(MapTest, PutKeepsMakeMapShape) {
  TermArena A;
  std::vector<MapEntry> Entries;
  Term M = makeMap(A, std::span<const MapEntry>());
  for (int I = 0; I < 3000; ++I) {
    Term Key = I % 3 == 0 ? Term::small(I * 7919 % 5003) : I % 3 == 1 ? decimalBinary(A, I) : atom("k" + std::to_string(I));
    Term Value = Term::small(I);
    M = mapPut(A, M, Key, Value);
    std::erase_if(Entries, [&](const MapEntry &E) { return exactEqualTerms(E.first, Key); });
    Entries.push_back({Key, Value});
    if (I < 40 || I % 97 == 0) {
      Term Expected = makeMap(A, Entries);
      ASSERT_EQ(mapSize(M), Entries.size()) << I;
      ASSERT_TRUE(sameShape(M, Expected)) << "after put " << I;
    }
  }
  // Replacing values keeps the shape and the size.
  for (int I = 0; I < 3000; I += 7) {
    Term Key = Entries[std::size_t(I) % Entries.size()].first;
    M = mapPut(A, M, Key, atom("new"));
    Entries[std::size_t(I) % Entries.size()].second = atom("new");
  }
  EXPECT_EQ(mapSize(M), Entries.size());
  EXPECT_TRUE(sameShape(M, makeMap(A, Entries)));
}
