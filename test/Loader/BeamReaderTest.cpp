//===- test/Loader/BeamReaderTest.cpp - Container and table chunks --------===//
///
/// \file
/// Protects the IFF container and table chunk parsers: valid forms load,
/// truncated and lying inputs (counts beyond the data, indices out of range,
/// bad sizes) are rejected with the right `LoadErrorKind`.
//===----------------------------------------------------------------------===//

#include "BeamBuilder.h"

#include "beamr/Term/Atom.h"

#include <zlib.h>

using namespace beamr;
using namespace beamr::test;

namespace {

ByteVector u32s(std::initializer_list<std::uint32_t> Words) {
  ByteVector B;
  for (std::uint32_t W : Words)
    putU32(B, W);
  return B;
}

// The external term format of the integer 42 and of {1,2}.
const ByteVector Ext42 = {131, 97, 42};
const ByteVector ExtPair = {131, 104, 2, 97, 1, 97, 2};

ByteVector literalTable(const std::vector<ByteVector> &Literals) {
  ByteVector B;
  putU32(B, Literals.size());
  for (const ByteVector &L : Literals) {
    putU32(B, L.size());
    B.insert(B.end(), L.begin(), L.end());
  }
  return B;
}

TEST(BeamReaderTest, MinimalModuleLoads) {
  auto M = loadOrFail(BeamBuilder().build());
  ASSERT_TRUE(M);
  EXPECT_EQ(AtomTable::get().name(M->name()), "m");
  ASSERT_EQ(M->Functions.size(), 1u);
  EXPECT_EQ(M->Functions[0].EntryLabel, 2u);
  EXPECT_EQ(M->Functions[0].Arity, 0u);
  ASSERT_EQ(M->Exports.size(), 1u);
  EXPECT_EQ(M->Exports[0].Label, 2u);
  EXPECT_EQ(M->Code.back().Op, Opcode::IntCodeEnd);
}

TEST(BeamReaderTest, ContainerErrors) {
  ByteVector Good = BeamBuilder().build();
  EXPECT_LOAD_ERROR(ByteVector(), NotIff);
  EXPECT_LOAD_ERROR(ByteVector({'F', 'O', 'R', '2', 0, 0, 0, 4, 'B', 'E', 'A', 'M'}), NotIff);
  ByteVector NotBeamFile = Good;
  NotBeamFile[8] = 'X';
  EXPECT_LOAD_ERROR(NotBeamFile, NotBeam);
  ByteVector TooLong = Good;
  TooLong[7] += 4;
  EXPECT_LOAD_ERROR(TooLong, BadFormSize);
  ByteVector TooShortForm = Good;
  TooShortForm[4] = TooShortForm[5] = TooShortForm[6] = 0;
  TooShortForm[7] = 2;
  EXPECT_LOAD_ERROR(TooShortForm, BadFormSize);
}

TEST(BeamReaderTest, ChunkErrors) {
  ByteVector Good = BeamBuilder().build();
  // The first chunk's size claims more than the form holds.
  ByteVector Overrun = Good;
  Overrun[16] = 0x7F;
  EXPECT_LOAD_ERROR(Overrun, ChunkOverrun);
  // Cutting the form inside a chunk header.
  ByteVector Cut(Good.begin(), Good.begin() + 18);
  Cut[7] = 10;
  EXPECT_LOAD_ERROR(Cut, TruncatedChunkHeader);
  BeamBuilder Dup;
  Dup.Order.push_back("ImpT");
  EXPECT_LOAD_ERROR(Dup.build(), DuplicateChunk);
  BeamBuilder NoCode;
  NoCode.remove("Code");
  EXPECT_LOAD_ERROR(NoCode.build(), MissingChunk);
  BeamBuilder NoExports;
  NoExports.remove("ExpT");
  EXPECT_LOAD_ERROR(NoExports.build(), MissingChunk);
}

TEST(BeamReaderTest, UnknownChunksAreSkipped) {
  BeamBuilder B;
  B.add("Dbgi", {1, 2, 3});
  B.add("Docs", {});
  EXPECT_TRUE(loadOrFail(B.build()));
}

TEST(BeamReaderTest, AtomChunkErrors) {
  BeamBuilder Lying;
  Lying.add("AtU8", u32s({1000}));
  EXPECT_LOAD_ERROR(Lying.build(), BadCount);
  BeamBuilder Empty;
  Empty.add("AtU8", u32s({0}));
  EXPECT_LOAD_ERROR(Empty.build(), BadCount);
  BeamBuilder Short;
  ByteVector A = u32s({2});
  A.insert(A.end(), {1, 'm', 9, 'f'});
  Short.add("AtU8", A);
  EXPECT_LOAD_ERROR(Short.build(), TruncatedChunk);
  BeamBuilder BadUtf8;
  ByteVector U = u32s({2});
  U.insert(U.end(), {1, 'm', 2, 0xC3, 0x28});
  BadUtf8.add("AtU8", U);
  EXPECT_LOAD_ERROR(BadUtf8.build(), BadAtom);
}

TEST(BeamReaderTest, AtomChunkLongFormOfOtp28) {
  BeamBuilder B;
  ByteVector A = u32s({std::uint32_t(-2)});
  putCompact(A, U, 1);
  A.push_back('m');
  std::string Long(200, 'x');
  putCompact(A, U, Long.size());
  A.insert(A.end(), Long.begin(), Long.end());
  B.add("AtU8", A);
  B.Chunks["ExpT"] = u32s({0});
  auto M = loadOrFail(B.build());
  ASSERT_TRUE(M);
  EXPECT_EQ(AtomTable::get().name(M->atom(2)), Long);
}

TEST(BeamReaderTest, LatinOneAtomChunk) {
  BeamBuilder B;
  B.remove("AtU8");
  ByteVector A = u32s({2});
  A.insert(A.end(), {1, 'm', 2, 'f', 0xE9});
  B.add("Atom", A);
  B.Chunks["ExpT"] = u32s({0});
  B.Code[4] = 0x22; // func_info names atom 2 ("f\xe9")
  auto M = loadOrFail(B.build());
  ASSERT_TRUE(M);
  EXPECT_EQ(AtomTable::get().name(M->atom(2)), "f\xC3\xA9");
}

TEST(BeamReaderTest, ImportChunkErrors) {
  BeamBuilder Lying;
  Lying.Chunks["ImpT"] = u32s({5, 1, 2, 0});
  EXPECT_LOAD_ERROR(Lying.build(), BadCount);
  BeamBuilder BadAtom;
  BadAtom.Chunks["ImpT"] = u32s({1, 1, 3, 0});
  EXPECT_LOAD_ERROR(BadAtom.build(), AtomIndexOutOfRange);
  BeamBuilder ZeroAtom;
  ZeroAtom.Chunks["ImpT"] = u32s({1, 0, 1, 0});
  EXPECT_LOAD_ERROR(ZeroAtom.build(), AtomIndexOutOfRange);
  BeamBuilder BadArity;
  BadArity.Chunks["ImpT"] = u32s({1, 1, 2, 256});
  EXPECT_LOAD_ERROR(BadArity.build(), BadArity);
  BeamBuilder Negative;
  Negative.Chunks["ImpT"] = u32s({0x80000000u});
  EXPECT_LOAD_ERROR(Negative.build(), BadCount);
}

TEST(BeamReaderTest, ExportChunkErrors) {
  BeamBuilder OutOfRange;
  OutOfRange.Chunks["ExpT"] = u32s({1, 2, 0, 3});
  EXPECT_LOAD_ERROR(OutOfRange.build(), LabelOutOfRange);
  BeamBuilder NotEntry;
  NotEntry.Chunks["ExpT"] = u32s({1, 2, 0, 1});
  EXPECT_LOAD_ERROR(NotEntry.build(), BadFunction);
  BeamBuilder WrongArity;
  WrongArity.Chunks["ExpT"] = u32s({1, 2, 1, 2});
  EXPECT_LOAD_ERROR(WrongArity.build(), BadFunction);
  BeamBuilder Locals;
  Locals.add("LocT", u32s({1, 1, 0, 2}));
  EXPECT_LOAD_ERROR(Locals.build(), BadFunction);
}

TEST(BeamReaderTest, LambdaChunk) {
  BeamBuilder Good;
  Good.add("FunT", u32s({1, 2, 0, 2, 0, 0, 7}));
  auto M = loadOrFail(Good.build());
  ASSERT_TRUE(M);
  ASSERT_EQ(M->Lambdas.size(), 1u);
  EXPECT_EQ(M->Lambdas[0].OldUniq, 7u);
  BeamBuilder TooManyFree;
  TooManyFree.add("FunT", u32s({1, 2, 0, 2, 0, 1, 7}));
  EXPECT_LOAD_ERROR(TooManyFree.build(), BadArity);
  BeamBuilder Lying;
  Lying.add("FunT", u32s({2, 2, 0, 2, 0, 0, 7}));
  EXPECT_LOAD_ERROR(Lying.build(), BadCount);
}

TEST(BeamReaderTest, PlainLiteralTableOfOtp28) {
  BeamBuilder B;
  ByteVector L = u32s({0});
  ByteVector T = literalTable({Ext42, ExtPair});
  L.insert(L.end(), T.begin(), T.end());
  B.add("LitT", L);
  auto M = loadOrFail(B.build());
  ASSERT_TRUE(M);
  ASSERT_EQ(M->Literals.size(), 2u);
  EXPECT_EQ(M->Literals[0], Term::small(42));
  EXPECT_TRUE(M->Literals[1].isTuple());
}

ByteVector compressedLiterals(const ByteVector &Table, std::uint32_t ClaimedSize) {
  uLongf Size = compressBound(Table.size());
  ByteVector Z(Size);
  compress(Z.data(), &Size, Table.data(), Table.size());
  Z.resize(Size);
  ByteVector L = u32s({ClaimedSize});
  L.insert(L.end(), Z.begin(), Z.end());
  return L;
}

TEST(BeamReaderTest, CompressedLiteralTable) {
  ByteVector Table = literalTable({ExtPair});
  BeamBuilder Good;
  Good.add("LitT", compressedLiterals(Table, Table.size()));
  auto M = loadOrFail(Good.build());
  ASSERT_TRUE(M);
  EXPECT_EQ(M->Literals.size(), 1u);
  BeamBuilder LyingSize;
  LyingSize.add("LitT", compressedLiterals(Table, Table.size() + 1));
  EXPECT_LOAD_ERROR(LyingSize.build(), BadLiteralTable);
  BeamBuilder HugeSize;
  HugeSize.add("LitT", compressedLiterals(Table, 0x7FFFFFFF));
  EXPECT_LOAD_ERROR(HugeSize.build(), BadLiteralTable);
  BeamBuilder Garbage;
  Garbage.add("LitT", u32s({100, 0xDEADBEEF}));
  EXPECT_LOAD_ERROR(Garbage.build(), BadLiteralTable);
}

TEST(BeamReaderTest, LiteralTableErrors) {
  BeamBuilder Lying;
  ByteVector L = u32s({0, 1000});
  Lying.add("LitT", L);
  EXPECT_LOAD_ERROR(Lying.build(), BadCount);
  BeamBuilder Overrun;
  Overrun.add("LitT", u32s({0, 1, 50, 0}));
  EXPECT_LOAD_ERROR(Overrun.build(), BadLiteralTable);
  BeamBuilder BadTerm;
  ByteVector T = u32s({0});
  ByteVector Bad = literalTable({{131, 250, 1}});
  T.insert(T.end(), Bad.begin(), Bad.end());
  BadTerm.add("LitT", T);
  EXPECT_LOAD_ERROR(BadTerm.build(), BadLiteralTable);
}

ByteVector lineChunk(std::uint32_t Items, std::uint32_t Names, const ByteVector &Encoded,
                     const std::vector<std::string> &Files) {
  ByteVector L = u32s({0, 0, 1, Items, Names});
  L.insert(L.end(), Encoded.begin(), Encoded.end());
  for (const std::string &F : Files) {
    putU16(L, F.size());
    L.insert(L.end(), F.begin(), F.end());
  }
  return L;
}

TEST(BeamReaderTest, LineChunk) {
  ByteVector Items;
  putCompact(Items, I, 10);
  putCompact(Items, A, 1);
  putCompact(Items, I, 300);
  BeamBuilder Good;
  Good.add("Line", lineChunk(2, 1, Items, {"inc.hrl"}));
  auto M = loadOrFail(Good.build());
  ASSERT_TRUE(M);
  ASSERT_EQ(M->Lines.Items.size(), 3u);
  EXPECT_EQ(M->Lines.Items[2].FileIndex, 1u);
  EXPECT_EQ(M->Lines.Items[2].Line, 300u);
  EXPECT_EQ(M->Lines.FileNames[0], "m.erl");
  EXPECT_EQ(M->Lines.FileNames[1], "inc.hrl");

  BeamBuilder Lying;
  Lying.add("Line", lineChunk(1000, 1, Items, {"inc.hrl"}));
  EXPECT_LOAD_ERROR(Lying.build(), BadCount);
  BeamBuilder BadFile;
  BadFile.add("Line", lineChunk(2, 0, Items, {}));
  EXPECT_LOAD_ERROR(BadFile.build(), BadLineTable);
  BeamBuilder ShortNames;
  ShortNames.add("Line", lineChunk(2, 2, Items, {"inc.hrl"}));
  EXPECT_LOAD_ERROR(ShortNames.build(), TruncatedChunk);
}

TEST(BeamReaderTest, TypeChunkVersions) {
  // Version 1: 18 bytes per entry; entry 1 is an integer in 0..9.
  ByteVector V1 = u32s({1, 2});
  putU16(V1, (1 << 13) - 1);
  V1.insert(V1.end(), {0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF});
  putU16(V1, 1 << 6);
  V1.insert(V1.end(), {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9});
  BeamBuilder B1;
  B1.add("Type", V1);
  auto M1 = loadOrFail(B1.build());
  ASSERT_TRUE(M1);
  ASSERT_EQ(M1->Types.Entries.size(), 2u);
  EXPECT_EQ(M1->Types.Entries[0].Union, TypeAny & ~TypeRecord);
  EXPECT_FALSE(M1->Types.Entries[0].Min);
  EXPECT_EQ(M1->Types.Entries[1].Union, TypeInteger);
  EXPECT_EQ(*M1->Types.Entries[1].Max, 9);

  // Version 3: flags say which extras follow; a bitstring with unit 8.
  ByteVector V3 = u32s({3, 2});
  putU16(V3, (1 << 12) - 1);
  putU16(V3, TypeBitstring | (1 << 14));
  V3.push_back(7);
  BeamBuilder B3;
  B3.add("Type", V3);
  auto M3 = loadOrFail(B3.build());
  ASSERT_TRUE(M3);
  EXPECT_EQ(*M3->Types.Entries[1].Unit, 8u);

  // An unknown version is ignored, as erl does.
  BeamBuilder B9;
  B9.add("Type", u32s({9, 1}));
  auto M9 = loadOrFail(B9.build());
  ASSERT_TRUE(M9);
  EXPECT_EQ(M9->Types.Version, 0u);
}

TEST(BeamReaderTest, TypeChunkErrors) {
  BeamBuilder Lying;
  Lying.add("Type", u32s({1, 100}));
  EXPECT_LOAD_ERROR(Lying.build(), BadCount);
  BeamBuilder Empty;
  Empty.add("Type", u32s({3, 0}));
  EXPECT_LOAD_ERROR(Empty.build(), BadTypeTable);
  BeamBuilder MissingBound;
  ByteVector V = u32s({3, 1});
  putU16(V, TypeInteger | (1 << 12));
  V.insert(V.end(), {0, 0});
  MissingBound.add("Type", V);
  EXPECT_LOAD_ERROR(MissingBound.build(), TruncatedChunk);
}

TEST(BeamReaderTest, AttributeChunks) {
  BeamBuilder B;
  B.add("Attr", ExtPair);
  B.add("CInf", Ext42);
  auto M = loadOrFail(B.build());
  ASSERT_TRUE(M);
  EXPECT_TRUE(M->Attributes->isTuple());
  EXPECT_EQ(*M->CompileInfo, Term::small(42));
  BeamBuilder Bad;
  Bad.add("Attr", {131, 104});
  EXPECT_LOAD_ERROR(Bad.build(), BadExternalTerm);
}

} // namespace
