//===- test/Term/PrinterTest.cpp - Terms as ~w text -----------------------===//
///
/// \file
/// Expected strings are what `io_lib:format("~w", [T])` returns on erl 25
/// for the same term (characters 160..255 shown here in UTF-8).
//===----------------------------------------------------------------------===//
#include "beamr/Term/Printer.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"

#include <gtest/gtest.h>

#include <bit>
#include <vector>

using namespace beamr;

namespace {

Term atom(std::string_view Text) { return *AtomTable::get().intern(Text); }

std::string atomText(std::string_view Name) {
  std::string S;
  writeAtom(S, Name);
  return S;
}

std::string floatText(double D) {
  std::string S;
  writeFloat(S, D);
  return S;
}

} // namespace

// Atoms are quoted when erl would: reserved words, odd characters, capitals.
TEST(PrinterTest, AtomsQuoteLikeIoLib) {
  EXPECT_EQ(atomText("case"), "'case'");
  EXPECT_EQ(atomText("receive"), "'receive'");
  EXPECT_EQ(atomText("andalso"), "'andalso'");
  EXPECT_EQ(atomText("Hello"), "'Hello'");
  EXPECT_EQ(atomText("hello_World@x"), "hello_World@x");
  EXPECT_EQ(atomText("a b"), "'a b'");
  EXPECT_EQ(atomText(""), "''");
  EXPECT_EQ(atomText("it's"), "'it\\'s'");
  EXPECT_EQ(atomText("back\\slash"), "'back\\\\slash'");
  EXPECT_EQ(atomText("\t\n"), "'\\t\\n'");
  // list_to_atom([1,127,160,255,256])
  EXPECT_EQ(atomText("\x01\x7F\xC2\xA0\xC3\xBF\xC4\x80"), "'\\001\\d\xC2\xA0\xC3\xBF\\x{100}'");
  EXPECT_EQ(atomText("\xC3\x9F"
                     "e"),
            "\xC3\x9F"
            "e"); // list_to_atom([223,101])
  EXPECT_EQ(atomText("9x"), "'9x'");
  EXPECT_EQ(atomText("maybe"), "maybe"); // not reserved unless the feature is on
  EXPECT_EQ(atomText("else"), "else");
  EXPECT_EQ(atomText("aB_9@"), "aB_9@");
  EXPECT_EQ(atomText("\xCE\xBB"), "'\\x{3BB}'");
}

// Floats use erl's shortest form and its switch to exponent notation.
TEST(PrinterTest, FloatsMatchFloatToListShort) {
  // erl 25: float_to_list(F, [short]) for each F.
  const std::pair<double, const char *> Cases[] = {
      {1.0, "1.0"},
      {0.1, "0.1"},
      {1.0e10, "1.0e10"},
      {1.0e-5, "1.0e-5"},
      {1.2345678901234568e17, "1.2345678901234568e17"},
      {1.0e20, "1.0e20"},
      {1.0e21, "1.0e21"},
      {1.0e15, "1.0e15"},
      {1.0e16, "1.0e16"},
      {123.456, "123.456"},
      {-0.0, "-0.0"},
      {0.0, "0.0"},
      {5.0e-324, "5.0e-324"},
      {1.7976931348623157e308, "1.7976931348623157e308"},
      {100.0, "100.0"},
      {1000.0, "1.0e3"},
      {0.001, "0.001"},
      {0.0001, "0.0001"},
      {12345.0, "12345.0"},
      {123456789.0, "123456789.0"},
      {1234567890.0, "1234567890.0"},
      {12345678901.0, "12345678901.0"},
      {9007199254740992.0, "9.007199254740992e15"},
      {18014398509481984.0, "1.8014398509481984e16"},
      {4.5e15, "4.5e15"},
      {4.5e16, "4.5e16"},
      {1.8e16, "1.8e16"},
      {1.5e300, "1.5e300"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"},
      {2.0 / 3, "0.6666666666666666"},
      {1.0e9, "1.0e9"},
      {1.5e10, "1.5e10"},
      {99.0, "99.0"},
      {990.0, "990.0"},
      {1.23e-7, "1.23e-7"},
      {-2.3151378617758187e159, "-2.3151378617758187e159"},
      {std::bit_cast<double>(Word(0x0DE75705351FFDCC)), "1.0938377648520515e-241"}};
  for (auto [D, Text] : Cases)
    EXPECT_EQ(floatText(D), Text) << "for " << Text;
}

// Lists, tuples, binaries and bignums print as ~w does (no strings).
TEST(PrinterTest, CompoundTermsMatchErl) {
  TermArena A;
  unsigned char B123[] = {1, 2, 3}, B12_3[] = {1, 0x40}, B7[] = {7 << 3};
  Word Big[] = {0, Word(1) << 36}; // 1 bsl 100
  Word Neg64[] = {0, 1};
  Term T = makeTuple(
      A,
      std::vector<Term>{
          makeByteList(A, "hi"), makeCons(A, atom("a"), atom("b")),
          makeList(A, std::vector<Term>{Term::small(1), Term::small(2)}, Term::small(3)),
          makeByteList(A, ""), makeBinary(A, B123), makeBitstring(A, B12_3, 11), makeBinary(A, {}),
          makeBitstring(A, B7, 5), makeInteger(A, false, Big), makeInteger(A, true, Neg64),
          makeTuple(A, {}), makeTuple(A, std::vector<Term>{makeTuple(A, {})}),
          makeList(A, std::vector<Term>{Term::nil()})});
  EXPECT_EQ(termToString(T), "{[104,105],[a|b],[1,2|3],[],<<1,2,3>>,<<1,2:3>>,<<>>,<<7:5>>,"
                             "1267650600228229401496703205376,-18446744073709551616,{},{{}},"
                             "[[]]}");
  EXPECT_EQ(termToString(Term::small(Term::MinSmall)), "-576460752303423488");
}

// Maps print as #{K => V,...} in maps:next order (the reverse of to_list for hash maps).
TEST(PrinterTest, MapsUseIteratorOrder) {
  TermArena A;
  unsigned char K[] = {'k'};
  MapEntry E[] = {
      {atom("a"), Term::small(1)},
      {atom("b"),
       makeList(A, std::vector<Term>{atom("x"), makeTuple(A, std::vector<Term>{atom("y")})})},
      {Term::small(1), makeFloat(A, 1.5)},
      {makeBinary(A, K), makeMap(A, {})}};
  EXPECT_EQ(termToString(makeMap(A, E)), "#{1 => 1.5,a => 1,b => [x,{y}],<<107>> => #{}}");
  std::vector<MapEntry> Ints;
  for (int I = 1; I <= 34; ++I)
    Ints.push_back({Term::small(I), Term::small(I)});
  // erl 25: io_lib:format("~w", [maps:from_list([{I,I} || I <- lists:seq(1,34)])]).
  EXPECT_EQ(termToString(makeMap(A, Ints)),
            "#{16 => 16,18 => 18,5 => 5,19 => 19,27 => 27,10 => 10,24 => 24,4 => 4,21 => 21,"
            "22 => 22,17 => 17,3 => 3,8 => 8,1 => 1,7 => 7,2 => 2,14 => 14,15 => 15,20 => 20,"
            "13 => 13,6 => 6,28 => 28,25 => 25,34 => 34,32 => 32,9 => 9,11 => 11,31 => 31,"
            "26 => 26,30 => 30,29 => 29,23 => 23,12 => 12,33 => 33}");
}

// Pids, ports, refs and funs print as erl's *_to_list functions.
TEST(PrinterTest, IdentifiersAndFunsMatchErl) {
  TermArena A;
  EXPECT_EQ(termToString(Term::localPid(80, 0)), "<0.80.0>");
  EXPECT_EQ(termToString(Term::localPort(5)), "#Port<0.5>");
  // term_to_binary(#Ref<0.2174434988.917241857.93221>) lists ids 93221 first.
  Word Ids[] = {93221, 917241857, 2174434988u};
  EXPECT_EQ(termToString(makeLocalRef(A, Ids)), "#Ref<0.2174434988.917241857.93221>");
  EXPECT_EQ(termToString(makeExportFun(A, atom("lists"), atom("map"), Term::small(2))),
            "fun lists:map/2");
  EXPECT_EQ(termToString(makeExportFun(A, atom("a b"), atom("c d"), Term::small(2))),
            "fun 'a b':'c d'/2");
  // e1.erl's first fun: old index 0, old uniq 86464406.
  FunObject F{};
  F.Module = atom("e1").raw();
  F.OldUniq = 86464406;
  EXPECT_EQ(termToString(makeFun(A, F, {})), "#Fun<e1.0.86464406>");
  // Other nodes' identifiers print with node number 1 (see Printer.cpp).
  Word PidIds[] = {7, 3};
  EXPECT_EQ(termToString(makeExternal(A, HeaderKind::ExternalPid, {atom("a@b.com"), 1, PidIds})),
            "<1.7.3>");
}

// A million-deep term prints without C recursion.
TEST(PrinterTest, DeepTermsDoNotRecurse) {
  TermArena A;
  Term T = Term::nil();
  for (int I = 0; I < 1000000; ++I)
    T = makeTuple(A, std::vector<Term>{T});
  std::string S = termToString(T);
  EXPECT_EQ(S.size(), 2000000u + 2);
  EXPECT_EQ(S.substr(0, 3), "{{{");
}
