//===- test/Term/ExternalTermTest.cpp - term_to_binary / binary_to_term ---===//
#include "beamr/Term/ExternalTerm.h"
#include "beamr/Term/Atom.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Map.h"

#include <gtest/gtest.h>

#include <random>
#include <string_view>
#include <vector>

using namespace beamr;

namespace {

using Bytes = std::vector<unsigned char>;

/// Concatenates byte values and string pieces.
struct Piece {
  Bytes B;
  Piece(int V) : B{static_cast<unsigned char>(V)} {}
  Piece(const char *S) : Piece(std::string_view(S)) {}
  Piece(std::string_view S) : B(S.begin(), S.end()) {}
  Piece(const Bytes &V) : B(V) {}
};
Bytes cat(std::initializer_list<Piece> Pieces) {
  Bytes Out;
  for (const Piece &P : Pieces)
    Out.insert(Out.end(), P.B.begin(), P.B.end());
  return Out;
}

/// `nonode@nohost` as ATOM_EXT.
const Bytes LocalNode = cat({100, 0, 13, "nonode@nohost"});

Term atom(std::string_view Name) { return *AtomTable::get().intern(Name); }

std::optional<Term> decode(TermArena &A, const Bytes &B) { return decodeExternal(A, B); }

/// Decodes `B` and encodes the result again with `Options`.
std::optional<Bytes> reencode(const Bytes &B, EncodeOptions Options = {}) {
  TermArena A;
  std::optional<Term> T = decode(A, B);
  if (!T)
    return std::nullopt;
  return encodeExternal(*T, Options);
}

/// Encodings erl 25 produced; each decodes and encodes back to itself.
std::vector<Bytes> erlEncodings() {
  return {
      // term_to_binary(self()) for <0.9.0>
      cat({131, 88, LocalNode, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0}),
      // term_to_binary(make_ref())
      cat({131, 90, 0, 3, LocalNode, 0, 0, 0, 0, 0, 2, 231, 43, 166, 164, 0, 2, 35, 55, 209, 74}),
      // term_to_binary(hd(erlang:ports()))
      cat({131, 89, LocalNode, 0, 0, 0, 0, 0, 0, 0, 0}),
      // term_to_binary(fun lists:map/2)
      cat({131, 113, 100, 0, 5, "lists", 100, 0, 3, "map", 97, 2}),
      // term_to_binary(fun(X) -> X + 1 end) in module edge
      cat({131, 112,       0,   0,   0, 72,  1,      250, 248, 57, 92, 9,   204, 5,
           0,   0,         162, 79,  9, 110, 57,     250, 53,  0,  0,  0,   0,   0,
           0,   0,         0,   100, 0, 4,   "edge", 97,  0,   98, 7,  215, 193, 202,
           88,  LocalNode, 0,   0,   0, 9,   0,      0,   0,   0,  0,  0,   0,   0}),
      // term_to_binary(-5), (1 bsl 31), -(1 bsl 31), -(1 bsl 59)
      cat({131, 98, 255, 255, 255, 251}),
      cat({131, 110, 4, 0, 0, 0, 0, 128}),
      cat({131, 98, 128, 0, 0, 0}),
      cat({131, 110, 8, 1, 0, 0, 0, 0, 0, 0, 0, 8}),
      // term_to_binary(-0.0)
      cat({131, 70, 128, 0, 0, 0, 0, 0, 0, 0}),
      // term_to_binary('héllo') and term_to_binary('ĀĀ')
      cat({131, 100, 0, 5, 104, 233, 108, 108, 111}),
      cat({131, 119, 4, 196, 128, 196, 128}),
      // term_to_binary([1,2|3]), [1000,2], [[]]
      cat({131, 108, 0, 0, 0, 2, 97, 1, 97, 2, 97, 3}),
      cat({131, 108, 0, 0, 0, 2, 98, 0, 0, 3, 232, 97, 2, 106}),
      cat({131, 108, 0, 0, 0, 1, 106, 106}),
      // term_to_binary(<<1,2,3:5>>), term_to_binary({})
      cat({131, 77, 0, 0, 0, 3, 5, 1, 2, 24}),
      cat({131, 104, 0}),
      // term_to_binary(#{a=>1, 1=>b, "s"=>[], 1.0=>x})
      cat({131, 116, 0, 0,   0, 4, 97,  1,   100, 0, 1,   "b", 70, 63,  240, 0, 0,   0,
           0,   0,   0, 100, 0, 1, "x", 100, 0,   1, "a", 97,  1,  107, 0,   1, "s", 106}),
      // term_to_binary(lists:duplicate(20, 0), [{compressed, 9}])
      cat({131, 80, 0, 0, 0, 23, 120, 218, 203, 102, 16, 97, 192, 2, 0, 11, 88, 0, 128}),
  };
}

/// erl's encoding of maps:from_list([{I,I} || I <- lists:seq(1,40)]).
Bytes erlMapOf40() {
  static const int Order[] = {33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9,  32, 34, 25,
                              28, 6,  38, 13, 40, 20, 15, 14, 2,  7,  1,  8,  3,  17,
                              22, 21, 4,  36, 24, 10, 35, 27, 19, 5,  18, 16};
  Bytes B = cat({131, 116, 0, 0, 0, 40});
  for (int K : Order)
    B.insert(B.end(), {97, static_cast<unsigned char>(K), 97, static_cast<unsigned char>(K)});
  return B;
}

} // namespace

// Encodings erl wrote decode and encode back to the very same bytes.
TEST(ExternalTermTest, ErlEncodingsRoundTripByteForByte) {
  for (const Bytes &B : erlEncodings()) {
    std::optional<Bytes> Again = reencode(B);
    ASSERT_TRUE(Again.has_value()) << "rejected encoding of size " << B.size();
    EncodeOptions Options;
    if (B[1] == 80)
      Options.CompressionLevel = 9;
    EXPECT_EQ(*reencode(B, Options), B);
  }
}

// Integers pick SMALL_INTEGER / INTEGER / SMALL_BIG / LARGE_BIG by range as erl does.
TEST(ExternalTermTest, IntegersUseErlsTagByRange) {
  TermArena A;
  EXPECT_EQ(encodeExternal(Term::small(255)), cat({131, 97, 255}));
  EXPECT_EQ(encodeExternal(Term::small(256)), cat({131, 98, 0, 0, 1, 0}));
  EXPECT_EQ(encodeExternal(Term::small(-1)), cat({131, 98, 255, 255, 255, 255}));
  // term_to_binary(1 bsl 70)
  EXPECT_EQ(encodeExternal(*decode(A, cat({131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64}))),
            cat({131, 110, 9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64}));
  // term_to_binary(1 bsl 2040): 256 magnitude bytes need LARGE_BIG_EXT.
  std::vector<Word> Limbs(32, 0);
  Limbs.push_back(0);
  Limbs[31] = Word(1) << 56;
  Bytes Big = encodeExternal(makeInteger(A, false, Limbs));
  ASSERT_EQ(Big.size(), 1 + 1 + 4 + 1 + 256u);
  EXPECT_EQ(Bytes(Big.begin(), Big.begin() + 7), cat({131, 111, 0, 0, 1, 0, 0}));
  EXPECT_EQ(Big.back(), 1);
  // Leading zero bytes and a zero magnitude normalise to small integers.
  EXPECT_EQ(*decode(A, cat({131, 110, 2, 1, 0, 0})), Term::small(0));
  EXPECT_EQ(*decode(A, cat({131, 110, 2, 1, 5, 0})), Term::small(-5));
}

// Atoms: Latin-1 as ATOM_EXT, others as SMALL_ATOM_UTF8, all UTF-8 with minor_version 2.
TEST(ExternalTermTest, AtomsFollowMinorVersion) {
  EncodeOptions V2;
  V2.MinorVersion = 2;
  EXPECT_EQ(encodeExternal(atom("héllo"), V2), cat({131, 119, 6, "h\xC3\xA9llo"}));
  EXPECT_EQ(encodeExternal(atom("ok")), cat({131, 100, 0, 2, "ok"}));
  // term_to_binary(self(), [{minor_version,2}])
  EXPECT_EQ(encodeExternal(Term::localPid(1, 0), V2),
            cat({131, 88, 119, 13, "nonode@nohost", 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
}

// minor_version 0 writes the old 31-byte text floats; both float forms decode.
TEST(ExternalTermTest, TextFloats) {
  TermArena A;
  EncodeOptions V0;
  V0.MinorVersion = 0;
  Bytes Zero(4, 0);
  // term_to_binary(-0.0, [{minor_version,0}])
  Bytes NegZero = cat({131, 99, "-0.00000000000000000000e+00", Zero});
  EXPECT_EQ(encodeExternal(makeFloat(A, -0.0), V0), NegZero);
  // term_to_binary(5.0e-324, [{minor_version,0}])
  Bytes Sub = cat({131, 99, "4.94065645841246544177e-324", 0, 0, 0, 0});
  EXPECT_EQ(encodeExternal(makeFloat(A, 5.0e-324), V0), Sub);
  EXPECT_EQ(decode(A, Sub)->floatValue(), 5.0e-324);
  EXPECT_EQ(decode(A, cat({131, 99, "1,5e3", Bytes(26, 0)}))->floatValue(), 1500.0);
  EXPECT_EQ(decode(A, cat({131, 99, "1.0e-999", Bytes(23, 0)}))->floatValue(), 0.0);
  EXPECT_FALSE(decode(A, cat({131, 99, "15", Bytes(29, 0)})));
  EXPECT_FALSE(decode(A, cat({131, 99, " 1.5", Bytes(27, 0)})));
  EXPECT_FALSE(decode(A, cat({131, 99, "1.0e999", Bytes(24, 0)})));
  // NEW_FLOAT_EXT must be finite.
  EXPECT_FALSE(decode(A, cat({131, 70, 127, 248, 0, 0, 0, 0, 0, 0})));
}

// Compression is kept only when smaller, level 0 means none, as erl decides.
TEST(ExternalTermTest, CompressionOnlyWhenItPays) {
  TermArena A;
  Term Twenty = makeList(A, std::vector<Term>(20, Term::small(0)));
  EncodeOptions O;
  O.CompressionLevel = 1;
  // term_to_binary(lists:duplicate(20,0), [{compressed,1}])
  EXPECT_EQ(encodeExternal(Twenty, O),
            cat({131, 80, 0, 0, 0, 23, 120, 1, 203, 102, 16, 97, 192, 2, 0, 11, 88, 0, 128}));
  O.CompressionLevel = 0;
  EXPECT_EQ(encodeExternal(Twenty, O), encodeExternal(Twenty));
  O.CompressionLevel = 6;
  Term Ten = makeList(A, std::vector<Term>(10, Term::small(0)));
  EXPECT_EQ(encodeExternal(Ten, O), encodeExternal(Ten));
  // term_to_binary(binary:copy(<<1>>, 300), [compressed])
  Term Bin = makeBinary(A, Bytes(300, 1));
  EXPECT_EQ(encodeExternal(Bin, O), cat({131, 80, 0,  0, 1,  49, 120, 156, 203, 101, 96, 96,
                                         212, 97, 28, 5, 68, 3,  0,   104, 101, 1,   199}));
}

// Large maps are written in erl's hash-trie order.
TEST(ExternalTermTest, LargeMapInErlOrder) {
  TermArena A;
  std::vector<MapEntry> Entries;
  for (int I = 1; I <= 40; ++I)
    Entries.push_back({Term::small(I), Term::small(I)});
  EXPECT_EQ(encodeExternal(makeMap(A, Entries)), erlMapOf40());
  EXPECT_EQ(*reencode(erlMapOf40()), erlMapOf40());
}

// Duplicate keys are badarg in erl 25, for flat and hash maps alike.
TEST(ExternalTermTest, DuplicateMapKeysRejected) {
  TermArena A;
  EXPECT_FALSE(decode(A, cat({131, 116, 0, 0, 0, 2, 97, 1, 97, 1, 97, 1, 97, 2})));
  Bytes Large = erlMapOf40();
  Large[Large.size() - 2] = 33; // Last key now repeats the first.
  EXPECT_FALSE(decode(A, Large));
  // A key written as STRING_EXT and as LIST_EXT is still the same key.
  EXPECT_FALSE(decode(
      A, cat({131, 116, 0, 0, 0, 2, 107, 0, 1, 5, 97, 1, 108, 0, 0, 0, 1, 97, 5, 106, 97, 2})));
}

// Pids, ports and refs of this node decode local, others external, as erl 25 does.
TEST(ExternalTermTest, NodeIdsLocalOrExternal) {
  TermArena A;
  Term P = *decode(A, cat({131, 88, LocalNode, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0, 0}));
  EXPECT_TRUE(P.isLocalPid());
  EXPECT_EQ(P.pidNumber(), 9u);
  // Creation 2 is another incarnation of the node name: external, kept as is.
  Bytes Other = cat({131, 88, LocalNode, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2});
  EXPECT_TRUE(decode(A, Other)->isBoxedKind(HeaderKind::ExternalPid));
  EXPECT_EQ(*reencode(Other), Other);
  // A one-word local ref is padded to erl's three words.
  EXPECT_EQ(*reencode(cat({131, 90, 0, 1, LocalNode, 0, 0, 0, 0, 0, 0, 0, 5})),
            cat({131, 90, 0, 3, LocalNode, 0, 0, 0, 0, 0, 0, 0, 5, Bytes(8, 0)}));
  // V4_PORT_EXT of a small local port comes back as NEW_PORT_EXT.
  EXPECT_EQ(*reencode(cat({131, 120, LocalNode, Bytes(7, 0), 5, 0, 0, 0, 0})),
            cat({131, 89, LocalNode, 0, 0, 0, 5, 0, 0, 0, 0}));
  // External ports beyond 28 bits keep V4_PORT_EXT.
  Bytes V4 = cat({131, 120, 100, 0, 1, "a", 0, 0, 0, 1, 0, 0, 0, 5, 0, 0, 0, 0});
  EXPECT_EQ(*reencode(V4), V4);
  EXPECT_EQ(encodeExternal(Term::localPort(Word(1) << 28)),
            cat({131, 120, LocalNode, 0, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0}));
  // Old PID_EXT with creation 0 is local; tiny creations above 3 are badarg.
  EXPECT_TRUE(decode(A, cat({131, 103, LocalNode, 0, 0, 0, 1, 0, 0, 0, 0, 0}))->isLocalPid());
  EXPECT_FALSE(decode(A, cat({131, 103, LocalNode, 0, 0, 0, 1, 0, 0, 0, 0, 4})));
}

// Quirks erl accepts: an empty LIST_EXT is its tail, trailing bytes are ignored.
TEST(ExternalTermTest, AcceptsErlQuirks) {
  TermArena A;
  EXPECT_EQ(*decode(A, cat({131, 108, 0, 0, 0, 0, 97, 1})), Term::small(1));
  EXPECT_EQ(*decode(A, cat({131, 107, 0, 0})), Term::nil());
  std::size_t Used = 0;
  Bytes Trailing = cat({131, 97, 1, 0});
  EXPECT_EQ(*decodeExternalPrefix(A, Trailing, Used), Term::small(1));
  EXPECT_EQ(Used, 3u);
  EXPECT_EQ(*decode(A, Trailing), Term::small(1));
  // Garbage in the unused bits of a bitstring is dropped when encoding again.
  EXPECT_EQ(*reencode(cat({131, 77, 0, 0, 0, 1, 3, 255})), cat({131, 77, 0, 0, 0, 1, 3, 224}));
  // EXPORT_EXT takes any non-negative small arity, even as a zero bignum.
  EXPECT_TRUE(decode(A, cat({131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 98, 0, 0, 1, 0})));
  EXPECT_TRUE(decode(A, cat({131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 110, 1, 0, 0})));
}

// Inputs erl answers with badarg are rejected.
TEST(ExternalTermTest, RejectsWhatErlRejects) {
  TermArena A;
  std::vector<Bytes> Bad = {
      {},
      cat({130, 97, 1}),
      cat({131}),
      cat({131, 82, 0}),                                                       // ATOM_CACHE_REF
      cat({131, 117, 0, 0, 0, 0, LocalNode, 100, 0, 1, "m", 97, 0, 97, 0}),    // FUN_EXT
      cat({131, 100, 1, 0, Bytes(256, 'a')}),                                  // 256 characters
      cat({131, 118, 2, 0, Bytes(256 * 2, 0)}),                                // 512 characters
      cat({131, 119, 2, 195, 40}),                                             // bad continuation
      cat({131, 119, 2, 192, 128}),                                            // overlong
      cat({131, 119, 3, 237, 160, 128}),                                       // surrogate
      cat({131, 77, 0, 0, 0, 1, 0, 5}),                                        // 0 bits of 1 byte
      cat({131, 77, 0, 0, 0, 0, 3}),                                           // 3 bits of 0 bytes
      cat({131, 77, 0, 0, 0, 1, 9, 5}),                                        // 9 bits
      cat({131, 90, 0, 4, LocalNode, 0, 0, 0, 0, 0, 0, 0, 5, Bytes(12, 0)}),   // 4 local ids
      cat({131, 90, 0, 6, 100, 0, 1, "a", 0, 0, 0, 0, Bytes(24, 0)}),          // 6 ids
      cat({131, 90, 0, 3, LocalNode, 0, 0, 0, 0, 0, 4, 0, 0, Bytes(8, 0)}),    // id >= 2^18
      cat({131, 90, 0, 0, LocalNode, 0, 0, 0, 0}),                             // no ids
      cat({131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 98, 255, 255, 255, 255}), // arity -1
      cat({131, 113, 100, 0, 1, "m", 100, 0, 1, "f", 100, 0, 1, "x"}),         // arity atom
      cat({131, 88, LocalNode, 0, 0, 0, 1, 16, 0, 0, 0, 0, 0, 0, 0}),          // serial 2^28
      cat({131, 80, 0, 0, 0}),                                                 // short compressed
      cat({131, 200}),
  };
  for (std::size_t I = 0; I < Bad.size(); ++I)
    EXPECT_FALSE(decode(A, Bad[I])) << "case " << I;
}

// Every proper prefix of a valid encoding is truncated, hence rejected.
TEST(ExternalTermTest, EveryPrefixIsRejected) {
  std::vector<Bytes> Valid = erlEncodings();
  Valid.push_back(erlMapOf40());
  TermArena A;
  for (const Bytes &B : Valid) {
    ASSERT_TRUE(decode(A, B));
    for (std::size_t N = 0; N < B.size(); ++N)
      EXPECT_FALSE(decode(A, Bytes(B.begin(), B.begin() + N)))
          << "prefix " << N << " of " << B.size();
  }
}

// Length fields that promise more than the input holds fail before allocating.
TEST(ExternalTermTest, LyingLengthsRejected) {
  TermArena A;
  std::vector<Bytes> Lies = {
      cat({131, 108, 255, 255, 255, 255, 106}),   // LIST_EXT
      cat({131, 105, 255, 255, 255, 255, 106}),   // LARGE_TUPLE_EXT
      cat({131, 116, 127, 255, 255, 255, 97, 1}), // MAP_EXT
      cat({131, 109, 255, 255, 255, 255, 0}),     // BINARY_EXT
      cat({131, 111, 255, 255, 255, 255, 0, 1}),  // LARGE_BIG_EXT
      cat({131, 107, 255, 255, 1}),               // STRING_EXT
      cat({131, 112, 0, 0, 0, 0, 1, Bytes(16, 0), 0, 0, 0, 0, 255, 255, 255, 255}), // free vars
  };
  for (const Bytes &B : Lies)
    EXPECT_FALSE(decode(A, B));
  EXPECT_LT(A.used(), 64u);
  // Compressed data whose inflated size differs from the claim, either way.
  Bytes Good = cat({131, 80, 0, 0, 0, 23, 120, 218, 203, 102, 16, 97, 192, 2, 0, 11, 88, 0, 128});
  for (unsigned Claim : {22u, 24u, 0xFFFFFFFFu}) {
    Bytes Lie = Good;
    for (unsigned I = 0; I < 4; ++I)
      Lie[2 + I] = static_cast<unsigned char>(Claim >> (8 * (3 - I)));
    EXPECT_FALSE(decode(A, Lie)) << Claim;
  }
}

// Random corruption of valid encodings never crashes decode (or encode again).
TEST(ExternalTermTest, RandomByteFlipsNeverCrash) {
  std::vector<Bytes> Valid = erlEncodings();
  Valid.push_back(erlMapOf40());
  std::mt19937 Rng(12345);
  for (int Round = 0; Round < 20000; ++Round) {
    Bytes B = Valid[Rng() % Valid.size()];
    for (unsigned Flips = 1 + Rng() % 3; Flips > 0; --Flips)
      B[1 + Rng() % (B.size() - 1)] = static_cast<unsigned char>(Rng());
    TermArena A;
    if (std::optional<Term> T = decode(A, B))
      (void)encodeExternal(*T);
  }
}

// A million levels of nesting decode and encode without recursion.
TEST(ExternalTermTest, DeepNestingNeedsNoRecursion) {
  constexpr int Depth = 1000000;
  TermArena A;
  Term List = Term::nil(), Tuple = Term::nil();
  for (int I = 0; I < Depth; ++I) {
    List = makeCons(A, List, Term::nil());
    Tuple = makeTuple(A, std::span<const Term>(&Tuple, 1));
  }
  for (Term T : {List, Tuple}) {
    Bytes B = encodeExternal(T);
    std::optional<Term> Back = decode(A, B);
    ASSERT_TRUE(Back.has_value());
    EXPECT_EQ(encodeExternal(*Back), B);
  }
}

// Closures keep their identity, creator and free variables through a round trip.
TEST(ExternalTermTest, FunsRoundTrip) {
  TermArena A;
  FunObject F = {};
  F.Module = atom("mod").raw();
  F.Index = 3;
  F.OldIndex = 3;
  F.OldUniq = 123456;
  F.Arity = 2;
  F.Creator = Term::localPid(9, 0).raw();
  std::memset(F.Uniq, 0xAB, sizeof F.Uniq);
  Term Free[] = {Term::small(1), makeTuple(A, std::vector<Term>{atom("x"), Term::nil()})};
  Term Fun = makeFun(A, F, Free);
  Bytes B = encodeExternal(Fun);
  // Size counts from the size field to the end of the last free variable.
  EXPECT_EQ(B[1], 112);
  EXPECT_EQ(std::size_t(B[5]) | std::size_t(B[4]) << 8, B.size() - 2);
  std::optional<Term> Back = decode(A, B);
  ASSERT_TRUE(Back.has_value());
  const FunObject &G = viewFun(*Back);
  EXPECT_EQ(G.NumFree, 2u);
  EXPECT_EQ(G.OldUniq, 123456u);
  EXPECT_EQ(Term::fromRaw(G.Creator), Term::localPid(9, 0));
  EXPECT_EQ(encodeExternal(*Back), B);
}
