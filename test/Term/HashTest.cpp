//===- test/Term/HashTest.cpp - phash2 and the map-key hash ---------------===//
///
/// \file
/// Expected values come from erl 25 on this machine:
/// `[{erlang:phash2(T), erlang:phash2(T, 1000), erlang:phash2(T, 1 bsl 32)}]`
/// for each term T named in the comments.
//===----------------------------------------------------------------------===//
#include "beamr/Term/Hash.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"

#include <gtest/gtest.h>

#include <vector>

using namespace beamr;

namespace {

Term atom(std::string_view Text) { return *AtomTable::get().intern(Text); }

Term bytes(TermArena &A, std::initializer_list<unsigned char> B) {
  return makeBinary(A, std::span<const unsigned char>(B.begin(), B.size()));
}

Term bigPow2(TermArena &A, unsigned Bits, bool Negative = false, Word Add = 0) {
  std::vector<Word> Limbs(Bits / 64 + 1, 0);
  Limbs[Bits / 64] = Word(1) << (Bits % 64);
  Limbs[0] += Add;
  return makeInteger(A, Negative, Limbs);
}

struct Expected {
  std::uint32_t Full, Mod1000, Mod2Pow32;
};

void expectHash(Term T, Expected E) {
  EXPECT_EQ(phash2(T), E.Full);
  EXPECT_EQ(phash2(T, 1000), E.Mod1000);
  EXPECT_EQ(phash2(T, std::uint64_t(1) << 32), E.Mod2Pow32);
}

Term intMap(TermArena &A, int N, bool Negate) {
  std::vector<MapEntry> E;
  for (int I = 1; I <= N; ++I)
    E.push_back({Term::small(I), Term::small(Negate ? -I : I)});
  return makeMap(A, E);
}

} // namespace

// Small integers hash like erl on both sides of the 28-bit boundary.
TEST(HashTest, SmallIntegersMatchErl) {
  expectHash(Term::small(0), {88723725, 469, 3175731469});
  expectHash(Term::small(1), {2614250, 162, 539485162});
  expectHash(Term::small(-1), {44071773, 597, 1117813597});
  expectHash(Term::small(134217727), {112602999, 567, 4273352567});
  expectHash(Term::small(134217728), {12354923, 755, 2562491755});
  expectHash(Term::small(-134217728), {69672967, 335, 874979335});
  expectHash(Term::small(-134217729), {76739502, 782, 1418916782});
  expectHash(Term::small(Term::MaxSmall), {27520264, 0, 1638133000});
  expectHash(Term::small(Term::MinSmall), {35173814, 190, 2316875190});
}

// Bignums hash limb by limb with a sign-dependent constant.
TEST(HashTest, BignumsMatchErl) {
  TermArena A;
  expectHash(bigPow2(A, 59), {26969617, 721, 2442888721});          // 1 bsl 59
  expectHash(bigPow2(A, 59, true, 1), {36462311, 599, 2855034599}); // -(1 bsl 59) - 1
  expectHash(bigPow2(A, 64), {103122609, 713, 2519041713});         // 1 bsl 64
  expectHash(bigPow2(A, 64, true, 5), {113907302, 862, 2798261862});
  expectHash(bigPow2(A, 100), {126219984, 168, 528873168});
}

// Floats hash their bits, with -0.0 folded into 0.0.
TEST(HashTest, FloatsMatchErl) {
  TermArena A;
  expectHash(makeFloat(A, 0.0), {20875736, 920, 423528920});
  expectHash(makeFloat(A, -0.0), {20875736, 920, 423528920});
  expectHash(makeFloat(A, 1.0), {77147068, 84, 3029937084});
  expectHash(makeFloat(A, 3.14), {107830559, 215, 3731709215});
  expectHash(makeFloat(A, -2.5e100), {58475721, 913, 1937523913});
}

// Atoms hash their text, folding Latin-1 characters back to one byte.
TEST(HashTest, AtomsMatchErl) {
  expectHash(atom("a"), {97, 97, 97});
  expectHash(atom("ok"), {1883, 883, 1883});
  expectHash(atom(""), {0, 0, 0});
  expectHash(atom("hello world"), {18131988, 988, 18131988});
  expectHash(atom("\xC3\xA9"), {233, 233, 233});   // list_to_atom([233])
  expectHash(atom("\xCE\xBB"), {3483, 483, 3483}); // list_to_atom([955])
}

// Lists use the packed-bytes fast path for strings and plain mixing else.
TEST(HashTest, ListsMatchErl) {
  TermArena A;
  Term One = Term::small(1), Two = Term::small(2), Three = Term::small(3);
  expectHash(Term::nil(), {113427502, 702, 3468870702});
  expectHash(makeList(A, std::vector<Term>{One, Two, Three}), {25788620, 188, 4186538188});
  expectHash(makeByteList(A, "hello"), {81920127, 767, 753008767});
  expectHash(makeCons(A, atom("a"), atom("b")), {74710280, 656, 2356411656});
  expectHash(makeList(A, std::vector<Term>{One, Two}, Three), {8851781, 349, 4169601349});
  expectHash(makeList(A, std::vector<Term>{Term::small(256), One}), {111460725, 909, 514113909});
  Term Abcx = makeList(A, std::vector<Term>{atom("x")});
  for (char C : std::string_view("hgfedcba"))
    Abcx = makeCons(A, Term::small(C), Abcx);
  expectHash(Abcx, {68839198, 294, 1008363294}); // "abcdefgh" ++ [x]
  expectHash(makeList(A, std::vector<Term>{Term::nil()}), {96416884, 68, 499070068});
  Term Big = makeList(A, std::vector<Term>{bigPow2(A, 70), Term::small(-5), Term::small(300)});
  expectHash(Big, {21986601, 705, 2437905705}); // [1 bsl 70, -5, 300]
}

// Tuples mix their arity, then their elements in order.
TEST(HashTest, TuplesMatchErl) {
  TermArena A;
  expectHash(makeTuple(A, {}), {87486268, 996, 221703996});
  expectHash(makeTuple(A, std::vector<Term>{atom("a"), atom("b")}), {101277806, 998, 1980325998});
  Term Inner = makeTuple(A, std::vector<Term>{Term::small(3)});
  Term Mid = makeTuple(A, std::vector<Term>{Term::small(2), Inner});
  expectHash(makeTuple(A, std::vector<Term>{Term::small(1), Mid}), {96079695, 623, 3585740623});
}

// Binaries and bitstrings, including an unaligned sub-binary.
TEST(HashTest, BitstringsMatchErl) {
  TermArena A;
  expectHash(bytes(A, {}), {13708901, 629, 147926629});
  expectHash(bytes(A, {1, 2, 3}), {6479071, 639, 4167228639});
  unsigned char OneBit[] = {0x80};
  expectHash(makeBitstring(A, OneBit, 1), {102233125, 237, 3994547237}); // <<1:1>>
  unsigned char B1234[] = {1, 2, 0x30};
  expectHash(makeBitstring(A, B1234, 20), {11286013, 389, 2292987389}); // <<1,2,3:4>>
  std::vector<unsigned char> Hundred(100);
  for (int I = 0; I < 100; ++I)
    Hundred[I] = static_cast<unsigned char>(I);
  expectHash(makeBinary(A, Hundred), {117403407, 151, 3204411151});
  std::string_view Hw = "hello world!x";
  expectHash(
      makeBinary(A, std::span(reinterpret_cast<const unsigned char *>(Hw.data()), Hw.size())),
      {126902301, 765, 1871732765});
  // <<_:3, Sub/bitstring>> = <<5,200,17,99,1,2,...,14>>: 141 bits at offset 3.
  std::vector<unsigned char> Src = {5, 200, 17, 99};
  for (int I = 1; I <= 14; ++I)
    Src.push_back(static_cast<unsigned char>(I));
  Term Orig = makeBinary(A, Src);
  Word *Obj = A.allocate(1 + SubBinary::Arity);
  Obj[0] = makeHeader(HeaderKind::SubBinary, SubBinary::Arity);
  *reinterpret_cast<SubBinary *>(Obj + 1) = {Src.size() * 8 - 3, 3, Orig.raw()};
  expectHash(Term::boxed(Obj), {45572905, 97, 1924621097});
}

// Maps hash as an XOR of their pairs, whatever their shape.
TEST(HashTest, MapsMatchErl) {
  TermArena A;
  expectHash(makeMap(A, {}), {39679005, 373, 844985373});
  MapEntry A1[] = {{atom("a"), Term::small(1)}};
  expectHash(makeMap(A, A1), {59617982, 262, 1401795262});
  MapEntry Ints[] = {{Term::small(1), Term::small(2)}, {Term::small(3), Term::small(4)}};
  expectHash(makeMap(A, Ints), {101230890, 634, 3188238634});
  expectHash(intMap(A, 40, false), {55048502, 150, 2202532150});
  expectHash(intMap(A, 100, true), {105248705, 993, 2923820993});
}

// Pids, ports, refs and funs hash the parts erl hashes.
TEST(HashTest, IdentifiersAndFunsMatchErl) {
  TermArena A;
  expectHash(Term::localPid(7, 0), {54612010, 922, 591482922});   // c:pid(0,7,0)
  expectHash(Term::localPid(300, 5), {77655631, 815, 480308815}); // c:pid(0,300,5)
  expectHash(Term::localPort(5), {125905316, 508, 2004953508});
  Word RefIds[] = {3, 2, 1}; // #Ref<0.1.2.3>
  expectHash(makeLocalRef(A, RefIds), {75004615, 999, 3833100999});
  Word PidIds[] = {7, 3}; // <X.7.3> of 'a@b.com', as decoded from ETF
  expectHash(makeExternal(A, HeaderKind::ExternalPid, {atom("a@b.com"), 1, PidIds}),
             {54612010, 922, 591482922});
  expectHash(makeExportFun(A, atom("lists"), atom("map"), Term::small(2)),
             {34981515, 883, 840287883});
  // ph:mk(42) = fun(Y) -> {X, Y} end: index 0, old uniq 3043526, X = 42.
  FunObject F{};
  F.Module = atom("ph").raw();
  F.OldUniq = 3043526;
  F.Arity = 1;
  F.Creator = Term::localPid(0, 0).raw();
  Term FreeVars[] = {Term::small(42)};
  expectHash(makeFun(A, F, FreeVars), {73352129, 785, 3697230785});
}

// A million-deep list of lists hashes without exhausting the C stack.
TEST(HashTest, DeepTermsDoNotRecurse) {
  TermArena A;
  Term T = Term::nil();
  for (int I = 0; I < 1000000; ++I)
    T = makeCons(A, T, Term::nil());
  EXPECT_LT(phash2(T), 1u << 27);
  EXPECT_EQ(mapKeyHash(T, 0), mapKeyHash(T, 0));
}

// Each 8-level generation of the map-key hash is salted differently, so keys
// that collide in one generation can part in the next.
TEST(HashTest, MapKeyHashGenerationsDiffer) {
  for (SWord V : {0, 1, 33, -7})
    EXPECT_NE(mapKeyHash(Term::small(V), 0), mapKeyHash(Term::small(V), 1));
  EXPECT_EQ(mapKeyHash(Term::small(12), 2), mapKeyHash(Term::small(12), 2));
}
