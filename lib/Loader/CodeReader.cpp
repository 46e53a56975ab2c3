//===- lib/Loader/CodeReader.cpp - Decoding the Code chunk ----------------===//
///
/// \file
/// Decodes the generic instruction stream: an opcode byte, then as many
/// compact-encoded operands as `Opcodes.def` says, where a trailing
/// `{list,...}` brings its own count of further operands. Each operand is
/// checked as it is read (atom, literal, type and label indices against
/// their tables, register numbers against erl's limit). A second pass, in
/// CodeChecker.cpp, checks what needs the whole stream: labels defined once
/// and every referenced label defined, import/lambda/line indices, and the
/// function structure.
//===----------------------------------------------------------------------===//

#include "ChunkReader.h"

#include "beamr/Loader/BeamReader.h"
#include "beamr/Loader/CompactTerm.h"
#include "beamr/Term/Build.h"

using namespace beamr;

namespace {

/// Decodes operands for one instruction at a time. Operands of the
/// instruction go to `Fixed`; elements of its lists and allocation lists go
/// to `Payload`, and are moved after the fixed operands in the pool.
class OperandDecoder {
public:
  OperandDecoder(BeamModule &M, ByteReader &R) : M(M), R(R) {}

  llvm::Error decodeInstruction(Opcode Op, std::size_t Offset);

private:
  llvm::Error fail(LoadErrorKind Kind, const llvm::Twine &Detail) {
    return makeLoadError(Kind, "'Code' chunk: " + llvm::Twine(opcodeName(CurrentOp)) + " at byte " +
                                   llvm::Twine(InstructionOffset) + ": " + Detail);
  }
  llvm::Expected<CompactValue> next() {
    auto V = readCompactValue(R);
    if (!V)
      return fail(LoadErrorKind::BadCompactTerm, llvm::toString(V.takeError()));
    return V;
  }
  llvm::Expected<std::uint64_t> nextUnsigned(const char *What);
  llvm::Expected<Operand> decodeOperand(bool IsLast, bool InList);
  llvm::Expected<Operand> decodeSimple(const CompactValue &V);
  llvm::Expected<Operand> decodeExtended(const CompactValue &V, bool IsLast, bool InList);
  llvm::Expected<Operand> decodeRegister(const CompactValue &V, std::uint32_t Type);
  llvm::Expected<Operand> decodeList();
  llvm::Expected<Operand> decodeAllocList();
  llvm::Expected<Operand> decodeTypedRegister();
  Term makeBigInteger(std::span<const unsigned char> Bytes);

  BeamModule &M;
  ByteReader &R;
  Opcode CurrentOp = Opcode::Label;
  std::size_t InstructionOffset = 0;
  std::vector<Operand> Fixed;
  std::vector<Operand> Payload;
};

llvm::Expected<std::uint64_t> OperandDecoder::nextUnsigned(const char *What) {
  auto V = next();
  if (!V)
    return V.takeError();
  if (V->Tag != CompactTag::Unsigned || V->isBig())
    return fail(LoadErrorKind::BadOperand, llvm::Twine(What) + " is not an unsigned number");
  return V->Word;
}

Term OperandDecoder::makeBigInteger(std::span<const unsigned char> Bytes) {
  bool Negative = Bytes[0] & 0x80;
  std::vector<Word> Limbs((Bytes.size() + 7) / 8, 0);
  // Little-endian limbs of the two's complement value, then negate if needed.
  for (std::size_t I = 0; I < Bytes.size(); ++I) {
    std::size_t FromEnd = Bytes.size() - 1 - I;
    Limbs[FromEnd / 8] |= Word(Bytes[I]) << (8 * (FromEnd % 8));
  }
  if (Negative) {
    std::size_t Top = Bytes.size() % 8;
    if (Top != 0)
      Limbs.back() |= ~Word(0) << (8 * Top);
    Word Carry = 1;
    for (Word &L : Limbs) {
      L = ~L + Carry;
      Carry = (Carry && L == 0) ? 1 : 0;
    }
  }
  return makeInteger(M.arena(), Negative, Limbs);
}

llvm::Expected<Operand> OperandDecoder::decodeRegister(const CompactValue &V, std::uint32_t Type) {
  OperandKind Kind = V.Tag == CompactTag::XReg ? OperandKind::XReg : OperandKind::YReg;
  if (V.isBig() || V.Word >= MaxRegisters)
    return fail(LoadErrorKind::BadOperand, "register number out of range");
  return Operand::makeRegister(Kind, V.Word, Type);
}

llvm::Expected<Operand> OperandDecoder::decodeSimple(const CompactValue &V) {
  switch (V.Tag) {
  case CompactTag::Unsigned:
    if (V.isBig())
      return fail(LoadErrorKind::BadOperand, "unsigned operand does not fit 64 bits");
    return Operand::make(OperandKind::Unsigned, V.Word);
  case CompactTag::Integer:
    if (V.isBig())
      return Operand::makeTerm(OperandKind::Integer, makeBigInteger(V.Big));
    return Operand::makeTerm(OperandKind::Integer, makeInteger(M.arena(), V.signedWord()));
  case CompactTag::Atom:
    if (!V.isBig() && V.Word == 0)
      return Operand::makeTerm(OperandKind::Nil, Term::nil());
    if (V.isBig() || V.Word > M.Atoms.size())
      return fail(LoadErrorKind::AtomIndexOutOfRange,
                  "atom index is not in 1.." + llvm::Twine(M.Atoms.size()));
    return Operand::makeTerm(OperandKind::Atom, M.atom(std::uint32_t(V.Word)));
  case CompactTag::XReg:
  case CompactTag::YReg:
    return decodeRegister(V, Operand::NoType);
  case CompactTag::Label:
    if (V.isBig() || V.Word >= M.LabelCount)
      return fail(LoadErrorKind::LabelOutOfRange,
                  "label is not below the label count " + llvm::Twine(M.LabelCount));
    return Operand::make(OperandKind::Label, V.Word);
  case CompactTag::Char:
    if (V.isBig() || V.Word > 0x10FFFF)
      return fail(LoadErrorKind::BadOperand, "character is not a code point");
    return Operand::make(OperandKind::Char, V.Word);
  case CompactTag::Extended:
    break;
  }
  llvm_unreachable("extended tags are decoded by decodeExtended");
}

llvm::Expected<Operand> OperandDecoder::decodeList() {
  auto Count = nextUnsigned("list length");
  if (!Count)
    return Count.takeError();
  // Each element takes at least one byte.
  if (*Count > R.remaining())
    return fail(LoadErrorKind::BadCount,
                "list of " + llvm::Twine(*Count) + " elements is longer than the code");
  std::vector<Operand> Elements;
  Elements.reserve(*Count);
  for (std::uint64_t I = 0; I < *Count; ++I) {
    auto E = decodeOperand(/*IsLast=*/false, /*InList=*/true);
    if (!E)
      return E.takeError();
    Elements.push_back(*E);
  }
  // Nested lists are not allowed, so the list's elements are contiguous.
  Operand L = Operand::make(OperandKind::List, Payload.size(), std::uint32_t(*Count));
  Payload.insert(Payload.end(), Elements.begin(), Elements.end());
  return L;
}

llvm::Expected<Operand> OperandDecoder::decodeAllocList() {
  auto Count = nextUnsigned("allocation list length");
  if (!Count)
    return Count.takeError();
  if (*Count > 3)
    return fail(LoadErrorKind::BadOperand, "allocation list has more than 3 entries");
  std::uint64_t Amounts[3] = {0, 0, 0}; // words, floats, funs
  for (std::uint64_t I = 0; I < *Count; ++I) {
    auto Kind = nextUnsigned("allocation kind");
    if (!Kind)
      return Kind.takeError();
    auto Number = nextUnsigned("allocation amount");
    if (!Number)
      return Number.takeError();
    if (*Kind > 2 || *Number > 0x7FFFFFFF)
      return fail(LoadErrorKind::BadOperand, "bad allocation list entry");
    Amounts[*Kind] += *Number;
  }
  Operand L = Operand::make(OperandKind::AllocList, Payload.size(), 3);
  for (std::uint64_t A : Amounts)
    Payload.push_back(Operand::make(OperandKind::Unsigned, A));
  return L;
}

llvm::Expected<Operand> OperandDecoder::decodeTypedRegister() {
  auto Reg = next();
  if (!Reg)
    return Reg.takeError();
  if (Reg->Tag != CompactTag::XReg && Reg->Tag != CompactTag::YReg)
    return fail(LoadErrorKind::BadOperand, "typed register is not an x or y register");
  auto Index = nextUnsigned("type index");
  if (!Index)
    return Index.takeError();
  // Without a (known) type table the hint is dropped, as erl does.
  if (M.Types.Entries.empty())
    return decodeRegister(*Reg, Operand::NoType);
  if (*Index >= M.Types.Entries.size())
    return fail(LoadErrorKind::TypeIndexOutOfRange,
                llvm::Twine(*Index) + " >= " + llvm::Twine(M.Types.Entries.size()));
  return decodeRegister(*Reg, std::uint32_t(*Index));
}

llvm::Expected<Operand> OperandDecoder::decodeExtended(const CompactValue &V, bool IsLast,
                                                       bool InList) {
  if (V.isBig() || V.Word > std::uint64_t(ExtendedTag::TypedReg))
    return fail(LoadErrorKind::BadCompactTerm, "unknown extended tag");
  switch (ExtendedTag(V.Word)) {
  case ExtendedTag::Float:
    return fail(LoadErrorKind::BadCompactTerm, "float operands are obsolete since R16B");
  case ExtendedTag::List:
    if (!IsLast || InList)
      return fail(LoadErrorKind::BadOperand, "a list must be the last operand");
    return decodeList();
  case ExtendedTag::FloatReg: {
    auto N = nextUnsigned("float register");
    if (!N)
      return N.takeError();
    if (*N >= MaxRegisters)
      return fail(LoadErrorKind::BadOperand, "float register out of range");
    return Operand::makeRegister(OperandKind::FloatReg, *N);
  }
  case ExtendedTag::AllocList:
    return decodeAllocList();
  case ExtendedTag::Literal: {
    auto N = nextUnsigned("literal index");
    if (!N)
      return N.takeError();
    if (*N >= M.Literals.size())
      return fail(LoadErrorKind::LiteralIndexOutOfRange,
                  llvm::Twine(*N) + " >= " + llvm::Twine(M.Literals.size()));
    return Operand::make(OperandKind::Literal, *N);
  }
  case ExtendedTag::TypedReg:
    return decodeTypedRegister();
  }
  llvm_unreachable("ExtendedTag out of range");
}

llvm::Expected<Operand> OperandDecoder::decodeOperand(bool IsLast, bool InList) {
  auto V = next();
  if (!V)
    return V.takeError();
  if (V->Tag == CompactTag::Extended)
    return decodeExtended(*V, IsLast, InList);
  return decodeSimple(*V);
}

llvm::Error OperandDecoder::decodeInstruction(Opcode Op, std::size_t Offset) {
  CurrentOp = Op;
  InstructionOffset = Offset;
  Fixed.clear();
  Payload.clear();
  unsigned Arity = opcodeArity(Op);
  for (unsigned I = 0; I < Arity; ++I) {
    auto O = decodeOperand(I + 1 == Arity, /*InList=*/false);
    if (!O)
      return O.takeError();
    Fixed.push_back(*O);
  }
  std::uint64_t Base = M.OperandPool.size() + Fixed.size();
  if (Base + Payload.size() > 0xFFFFFFFFu)
    return fail(LoadErrorKind::BadCount, "too many operands");
  for (Operand &O : Fixed)
    if (O.kind() == OperandKind::List || O.kind() == OperandKind::AllocList)
      O.relocate(Base);
  M.Code.push_back({Op, std::uint32_t(M.OperandPool.size()), std::uint32_t(Fixed.size())});
  M.OperandPool.insert(M.OperandPool.end(), Fixed.begin(), Fixed.end());
  M.OperandPool.insert(M.OperandPool.end(), Payload.begin(), Payload.end());
  return llvm::Error::success();
}

llvm::Error decodeStream(BeamModule &M, Bytes Body) {
  ByteReader R(std::span<const unsigned char>(Body.data(), Body.size()));
  OperandDecoder Decoder(M, R);
  while (true) {
    std::size_t Offset = R.offset();
    std::uint8_t Byte = 0;
    if (!R.readU8(Byte))
      return makeLoadError(LoadErrorKind::MissingCodeEnd);
    if (!isKnownOpcode(Byte))
      return makeLoadError(LoadErrorKind::UnknownOpcode,
                           llvm::Twine(unsigned(Byte)) + " at byte " + llvm::Twine(Offset));
    if (Byte > M.MaxOpcode)
      return makeLoadError(LoadErrorKind::OpcodeAboveMax, llvm::Twine(opcodeName(Opcode(Byte))) +
                                                              " (" + llvm::Twine(unsigned(Byte)) +
                                                              ") > " + llvm::Twine(M.MaxOpcode));
    if (auto E = Decoder.decodeInstruction(Opcode(Byte), Offset))
      return E;
    if (Opcode(Byte) == Opcode::IntCodeEnd)
      return llvm::Error::success();
  }
}

} // namespace

llvm::Error beamr::readCode(BeamModule &M, Bytes Body) {
  if (auto E = decodeStream(M, Body))
    return E;
  return checkCode(M);
}
