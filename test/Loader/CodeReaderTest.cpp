//===- test/Loader/CodeReaderTest.cpp - The Code chunk --------------------===//
///
/// \file
/// Protects instruction decoding: the compact term encoding and its extended
/// forms, operand kinds, and the checks on opcodes, labels, table indices
/// and function structure.
//===----------------------------------------------------------------------===//

#include "BeamBuilder.h"

#include "beamr/Loader/CompactTerm.h"
#include "beamr/Term/Build.h"

using namespace beamr;
using namespace beamr::test;

namespace {

/// The minimal module with `Body` spliced in after the entry label.
BeamBuilder withBody(const ByteVector &Body) {
  BeamBuilder B;
  ByteVector Code(B.Code.begin(), B.Code.begin() + 8);
  Code.insert(Code.end(), Body.begin(), Body.end());
  Code.insert(Code.end(), {0x13, 0x03});
  B.Code = Code;
  return B;
}

/// Operands of the first instruction after the entry label.
std::vector<Operand> firstOperands(const BeamModule &M) {
  auto Ops = M.operands(M.Code[3]);
  return std::vector<Operand>(Ops.begin(), Ops.end());
}

CompactValue decodeOne(const ByteVector &Bytes) {
  ByteReader R(Bytes);
  auto V = readCompactValue(R);
  EXPECT_TRUE(bool(V)) << (V ? "" : llvm::toString(V.takeError()));
  EXPECT_TRUE(R.atEnd());
  return V ? *V : CompactValue();
}

TEST(CompactTermTest, DecodesEveryLengthForm) {
  for (std::uint64_t V : {0ull, 15ull, 16ull, 2047ull, 2048ull, 65535ull, 1ull << 40, ~0ull >> 1}) {
    ByteVector B;
    putCompact(B, U, V);
    CompactValue C = decodeOne(B);
    EXPECT_EQ(C.Tag, CompactTag::Unsigned);
    EXPECT_EQ(C.Word, V);
  }
  // -1 as a two-byte integer.
  CompactValue Neg = decodeOne({0x19, 0xFF, 0xFF});
  EXPECT_EQ(Neg.Tag, CompactTag::Integer);
  EXPECT_EQ(Neg.signedWord(), -1);
  // A 9-byte integer uses the nested length prefix (9 + 0).
  ByteVector Long = {0xF9, 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0};
  CompactValue Big = decodeOne(Long);
  EXPECT_TRUE(Big.isBig());
  EXPECT_EQ(Big.Big.size(), 9u);
}

TEST(CompactTermTest, RejectsTruncatedAndNestedPrefixes) {
  for (ByteVector Bad : {ByteVector{}, ByteVector{0x08}, ByteVector{0x18, 0x01}, ByteVector{0xF9},
                         ByteVector{0xF9, 0xF8, 0x00}, ByteVector{0xF9, 0x10, 1, 2}}) {
    ByteReader R(Bad);
    auto V = readCompactValue(R);
    EXPECT_FALSE(bool(V));
    EXPECT_EQ(takeLoadErrorKind(V.takeError()), LoadErrorKind::BadCompactTerm);
  }
}

TEST(CodeReaderTest, DecodesOperandKinds) {
  // move {x,3} {y,700}; move {integer,-5} {x,0}; move nil {x,1};
  // fmove {fr,2} {x,0}; move {char,65} {x,0}
  ByteVector Body = {64, 0x33, 0x4C, 0xBC};
  Body.insert(Body.end(), {64, 0x19, 0xFF, 0xFB, 0x03});
  Body.insert(Body.end(), {64, 0x02, 0x13});
  Body.insert(Body.end(), {96, 0x27, 0x20, 0x03});
  Body.insert(Body.end(), {64, 0x46, 0x01, 0x03});
  auto M = loadOrFail(withBody(Body).build());
  ASSERT_TRUE(M);
  auto Ops = firstOperands(*M);
  EXPECT_EQ(Ops[0].kind(), OperandKind::XReg);
  EXPECT_EQ(Ops[0].reg(), 3u);
  EXPECT_EQ(Ops[1].kind(), OperandKind::YReg);
  EXPECT_EQ(Ops[1].reg(), 700u);
  auto Int = M->operands(M->Code[4]);
  EXPECT_EQ(Int[0].term(), Term::small(-5));
  EXPECT_EQ(M->operands(M->Code[5])[0].kind(), OperandKind::Nil);
  EXPECT_EQ(M->operands(M->Code[6])[0].kind(), OperandKind::FloatReg);
  EXPECT_EQ(M->operands(M->Code[7])[0].kind(), OperandKind::Char);
}

TEST(CodeReaderTest, DecodesBignums) {
  // move {integer, -(2^64)} {x,0}: 9 bytes of two's complement.
  ByteVector Body = {64, 0xF9, 0x00, 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0x03};
  auto M = loadOrFail(withBody(Body).build());
  ASSERT_TRUE(M);
  Term T = firstOperands(*M)[0].term();
  ASSERT_TRUE(T.isBignum());
  EXPECT_TRUE(bignumIsNegative(T));
  auto Limbs = bignumLimbs(T);
  ASSERT_EQ(Limbs.size(), 2u);
  EXPECT_EQ(Limbs[0], 0u);
  EXPECT_EQ(Limbs[1], 1u);
}

TEST(CodeReaderTest, DecodesListsAndAllocLists) {
  // select_val {x,0} {f,2} {list,[{atom,f},{f,2}]}
  ByteVector Body = {59, 0x03, 0x25, 0x17, 0x20, 0x22, 0x25};
  // test_heap {alloc,[{words,3},{funs,1}]} 1
  Body.insert(Body.end(), {16, 0x37, 0x20, 0x00, 0x30, 0x20, 0x10, 0x10});
  auto M = loadOrFail(withBody(Body).build());
  ASSERT_TRUE(M);
  auto Ops = firstOperands(*M);
  ASSERT_EQ(Ops[2].kind(), OperandKind::List);
  auto Elements = M->elements(Ops[2]);
  ASSERT_EQ(Elements.size(), 2u);
  EXPECT_EQ(Elements[0].kind(), OperandKind::Atom);
  EXPECT_EQ(Elements[1].label(), 2u);
  auto Alloc = M->operands(M->Code[4])[0];
  ASSERT_EQ(Alloc.kind(), OperandKind::AllocList);
  EXPECT_EQ(M->elements(Alloc)[0].unsignedValue(), 3u);
  EXPECT_EQ(M->elements(Alloc)[2].unsignedValue(), 1u);
}

TEST(CodeReaderTest, OperandErrors) {
  // A list that is not the last operand.
  EXPECT_LOAD_ERROR(withBody({64, 0x17, 0x00, 0x03}).build(), BadOperand);
  // The obsolete float form.
  EXPECT_LOAD_ERROR(withBody({64, 0x07, 0x03}).build(), BadCompactTerm);
  // An unknown extended tag.
  EXPECT_LOAD_ERROR(withBody({64, 0x97, 0x03}).build(), BadCompactTerm);
  // Atom index past the table; register past erl's limit.
  EXPECT_LOAD_ERROR(withBody({64, 0x52, 0x03}).build(), AtomIndexOutOfRange);
  EXPECT_LOAD_ERROR(withBody({64, 0x8B, 0x00, 0x03}).build(), BadOperand);
  // A literal index without a literal table.
  EXPECT_LOAD_ERROR(withBody({64, 0x47, 0x00, 0x03}).build(), LiteralIndexOutOfRange);
  // An allocation list with a bad kind.
  EXPECT_LOAD_ERROR(withBody({16, 0x37, 0x10, 0x30, 0x10, 0x10}).build(), BadOperand);
}

TEST(CodeReaderTest, TypedRegisters) {
  ByteVector Types;
  putU32(Types, 3);
  putU32(Types, 2);
  putU16(Types, TypeAny & ~TypeRecord);
  putU16(Types, TypeAtom);
  // move {tr,{x,1},1} {x,0}
  BeamBuilder B = withBody({64, 0x57, 0x13, 0x10, 0x03});
  B.add("Type", Types);
  auto M = loadOrFail(B.build());
  ASSERT_TRUE(M);
  Operand Typed = firstOperands(*M)[0];
  ASSERT_TRUE(Typed.hasType());
  EXPECT_EQ(Typed.typeIndex(), 1u);
  BeamBuilder Bad = withBody({64, 0x57, 0x13, 0x20, 0x03});
  Bad.add("Type", Types);
  EXPECT_LOAD_ERROR(Bad.build(), TypeIndexOutOfRange);
  // Without a type table the hint is dropped.
  auto Untyped = loadOrFail(withBody({64, 0x57, 0x13, 0x20, 0x03}).build());
  ASSERT_TRUE(Untyped);
  EXPECT_FALSE(firstOperands(*Untyped)[0].hasType());
}

TEST(CodeReaderTest, OpcodeErrors) {
  EXPECT_LOAD_ERROR(withBody({0}).build(), UnknownOpcode);
  EXPECT_LOAD_ERROR(withBody({200}).build(), UnknownOpcode);
  BeamBuilder LowMax = withBody({169, 0x03, 0x13});
  LowMax.MaxOpcode = 168;
  EXPECT_LOAD_ERROR(LowMax.build(), OpcodeAboveMax);
  BeamBuilder HighMax;
  HighMax.MaxOpcode = 250;
  EXPECT_LOAD_ERROR(HighMax.build(), MaxOpcodeTooHigh);
  // Code that stops before int_code_end, or inside an operand.
  BeamBuilder Cut;
  Cut.Code.pop_back();
  EXPECT_LOAD_ERROR(Cut.build(), MissingCodeEnd);
  BeamBuilder Mid;
  Mid.Code.resize(4);
  EXPECT_LOAD_ERROR(Mid.build(), BadCompactTerm);
}

TEST(CodeReaderTest, DeprecatedOpcodesDecodeWithTheirArity) {
  // m_plus/4 (27): fail label, two operands, destination.
  auto M = loadOrFail(withBody({27, 0x05, 0x03, 0x13, 0x03}).build());
  ASSERT_TRUE(M);
  EXPECT_EQ(M->Code[3].Op, Opcode::MPlus);
  EXPECT_EQ(M->Code[3].NumOperands, 4u);
  EXPECT_TRUE(isDeprecatedOpcode(Opcode::MPlus));
  EXPECT_EQ(opcodeName(Opcode::DebugLine), "debug_line");
  EXPECT_EQ(opcodeArity(Opcode::UpdateRecord), 5u);
}

TEST(CodeReaderTest, LabelErrors) {
  // jump {f,3}: 3 is not below the label count.
  EXPECT_LOAD_ERROR(withBody({61, 0x35}).build(), LabelOutOfRange);
  // jump {f,2} is fine, but with 4 labels {f,3} is never defined.
  BeamBuilder Undefined = withBody({61, 0x35});
  Undefined.LabelCount = 4;
  EXPECT_LOAD_ERROR(Undefined.build(), UndefinedLabel);
  EXPECT_LOAD_ERROR(withBody({1, 0x20}).build(), DuplicateLabel);
  EXPECT_LOAD_ERROR(withBody({1, 0x30}).build(), LabelOutOfRange);
  BeamBuilder Lying;
  Lying.LabelCount = 100000;
  EXPECT_LOAD_ERROR(Lying.build(), BadCount);
}

TEST(CodeReaderTest, FunctionErrors) {
  BeamBuilder Count;
  Count.FunctionCount = 2;
  EXPECT_LOAD_ERROR(Count.build(), FunctionCountMismatch);
  BeamBuilder OtherModule;
  OtherModule.Code[3] = 0x22; // func_info names f, not m
  EXPECT_LOAD_ERROR(OtherModule.build(), BadFunction);
  BeamBuilder NoEntry;
  NoEntry.Code = {0x01, 0x10, 0x02, 0x12, 0x22, 0x00, 0x13, 0x03};
  EXPECT_LOAD_ERROR(NoEntry.build(), BadFunction);
}

TEST(CodeReaderTest, TableIndexErrors) {
  // call_ext 0 import#0 with an empty import table.
  EXPECT_LOAD_ERROR(withBody({7, 0x00, 0x00}).build(), ImportIndexOutOfRange);
  // make_fun3 lambda#0 {x,0} {list,[]} with no fun table.
  EXPECT_LOAD_ERROR(withBody({171, 0x00, 0x03, 0x17, 0x00}).build(), LambdaIndexOutOfRange);
  // bs_put_string 4 0 with no string table.
  EXPECT_LOAD_ERROR(withBody({92, 0x40, 0x00}).build(), StringOutOfRange);
  // line 5 with a line table of one item.
  BeamBuilder Line = withBody({153, 0x50});
  ByteVector L;
  for (std::uint32_t W : {0u, 0u, 1u, 1u, 0u})
    putU32(L, W);
  putCompact(L, I, 7);
  Line.add("Line", L);
  EXPECT_LOAD_ERROR(Line.build(), LineIndexOutOfRange);
}

} // namespace
