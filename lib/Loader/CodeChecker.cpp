//===- lib/Loader/CodeChecker.cpp - Whole-stream checks of decoded code ---===//
///
/// \file
/// What can only be checked once all code is decoded: each label defined
/// once and every referenced label defined; import, lambda, line and string
/// references in range; functions well formed (a label, `func_info` of this
/// module, then the entry label) and as many as the header says; exports,
/// locals and lambdas pointing at the entry of the function they name.
//===----------------------------------------------------------------------===//

#include "ChunkReader.h"

#include "beamr/Loader/BeamReader.h"
#include "beamr/Term/Atom.h"

#include <unordered_map>

using namespace beamr;

namespace {

llvm::Error codeError(LoadErrorKind Kind, const BeamModule &M, std::size_t Index,
                      const llvm::Twine &Detail) {
  return makeLoadError(Kind, "'Code' chunk: " + llvm::Twine(opcodeName(M.Code[Index].Op)) +
                                 " (instruction " + llvm::Twine(Index) + "): " + Detail);
}

llvm::Error defineLabels(BeamModule &M) {
  M.LabelInstructions.assign(M.LabelCount, BeamModule::NoInstruction);
  for (std::size_t I = 0; I < M.Code.size(); ++I) {
    if (M.Code[I].Op != Opcode::Label)
      continue;
    const Operand &L = M.operands(M.Code[I])[0];
    if (L.kind() != OperandKind::Unsigned || L.unsignedValue() == 0 ||
        L.unsignedValue() >= M.LabelCount)
      return codeError(LoadErrorKind::LabelOutOfRange, M, I,
                       "not a label number in 1.." + llvm::Twine(M.LabelCount) + "-1");
    std::uint32_t &Slot = M.LabelInstructions[L.unsignedValue()];
    if (Slot != BeamModule::NoInstruction)
      return codeError(LoadErrorKind::DuplicateLabel, M, I,
                       "label " + llvm::Twine(L.unsignedValue()));
    Slot = std::uint32_t(I);
  }
  return llvm::Error::success();
}

llvm::Error checkLabelReferences(const BeamModule &M) {
  for (const Operand &O : M.OperandPool)
    if (O.kind() == OperandKind::Label && O.label() != 0 && !M.labelInstruction(O.label()))
      return makeLoadError(LoadErrorKind::UndefinedLabel,
                           "'Code' chunk: label " + llvm::Twine(O.label()));
  return llvm::Error::success();
}

std::size_t tableSize(const BeamModule &M, IndexedTable T) {
  switch (T) {
  case IndexedTable::Import:
    return M.Imports.size();
  case IndexedTable::Lambda:
    return M.Lambdas.size();
  case IndexedTable::Line:
    return M.Lines.Items.size();
  }
  llvm_unreachable("IndexedTable out of range");
}

llvm::Error checkIndexedOperand(const BeamModule &M, std::size_t I) {
  const IndexedOperand *Indexed = indexedOperandOf(M.Code[I].Op);
  if (!Indexed)
    return llvm::Error::success();
  const Operand &O = M.operands(M.Code[I])[Indexed->Position];
  bool MustBeIndex = Indexed->Op != Opcode::CallFun2;
  if (O.kind() != OperandKind::Unsigned) {
    if (!MustBeIndex)
      return llvm::Error::success();
    return codeError(LoadErrorKind::BadOperand, M, I, "table index is not a number");
  }
  // Without a line table erl ignores line instructions; so do we.
  if (Indexed->Table == IndexedTable::Line && !M.HasLines)
    return llvm::Error::success();
  std::size_t Size = tableSize(M, Indexed->Table);
  if (O.unsignedValue() < Size)
    return llvm::Error::success();
  LoadErrorKind Kind = Indexed->Table == IndexedTable::Import ? LoadErrorKind::ImportIndexOutOfRange
                       : Indexed->Table == IndexedTable::Lambda
                           ? LoadErrorKind::LambdaIndexOutOfRange
                           : LoadErrorKind::LineIndexOutOfRange;
  return codeError(Kind, M, I, llvm::Twine(O.unsignedValue()) + " >= " + llvm::Twine(Size));
}

/// `bs_put_string Len Offset` and `bs_match_string Fail Ctx Bits Offset`
/// name bytes of the string table.
llvm::Error checkStringOperand(const BeamModule &M, std::size_t I) {
  std::span<const Operand> Ops = M.operands(M.Code[I]);
  const Operand *Length = nullptr, *Offset = nullptr;
  bool InBits = false;
  if (M.Code[I].Op == Opcode::BsPutString) {
    Length = &Ops[0];
    Offset = &Ops[1];
  } else if (M.Code[I].Op == Opcode::BsMatchString) {
    Length = &Ops[2];
    Offset = &Ops[3];
    InBits = true;
  } else {
    return llvm::Error::success();
  }
  if (Length->kind() != OperandKind::Unsigned || Offset->kind() != OperandKind::Unsigned)
    return codeError(LoadErrorKind::BadOperand, M, I, "string length or offset is not a number");
  std::uint64_t Bytes = InBits ? (Length->unsignedValue() + 7) / 8 : Length->unsignedValue();
  if (Offset->unsignedValue() > M.Strings.size() ||
      Bytes > M.Strings.size() - Offset->unsignedValue())
    return codeError(LoadErrorKind::StringOutOfRange, M, I,
                     "bytes " + llvm::Twine(Offset->unsignedValue()) + "+" + llvm::Twine(Bytes) +
                         " of a " + llvm::Twine(M.Strings.size()) + "-byte table");
  return llvm::Error::success();
}

/// Checks a `func_info` at `I` and records the function it starts.
llvm::Error startFunction(BeamModule &M, std::size_t I) {
  std::span<const Operand> Ops = M.operands(M.Code[I]);
  if (Ops[0].kind() != OperandKind::Atom || Ops[0].term() != M.name() ||
      Ops[1].kind() != OperandKind::Atom || Ops[2].kind() != OperandKind::Unsigned ||
      Ops[2].unsignedValue() > MaxArity)
    return codeError(LoadErrorKind::BadFunction, M, I,
                     "expected {atom,<module>}, {atom,Name}, Arity");
  // The function starts at the label before func_info (line may intervene).
  std::size_t First = I;
  while (First > 0 && M.Code[First - 1].Op == Opcode::Line)
    --First;
  if (First == 0 || M.Code[First - 1].Op != Opcode::Label)
    return codeError(LoadErrorKind::BadFunction, M, I, "not preceded by a label");
  if (I + 1 >= M.Code.size() || M.Code[I + 1].Op != Opcode::Label)
    return codeError(LoadErrorKind::BadFunction, M, I, "not followed by an entry label");
  if (!M.Functions.empty())
    M.Functions.back().EndInstruction = std::uint32_t(First - 1);
  Function F;
  F.Name = Ops[1].term();
  F.Arity = unsigned(Ops[2].unsignedValue());
  F.EntryLabel = std::uint32_t(M.operands(M.Code[I + 1])[0].unsignedValue());
  F.FirstInstruction = std::uint32_t(First - 1);
  F.EndInstruction = std::uint32_t(M.Code.size() - 1);
  M.Functions.push_back(F);
  return llvm::Error::success();
}

llvm::Error checkInstructions(BeamModule &M) {
  for (std::size_t I = 0; I < M.Code.size(); ++I) {
    if (auto E = checkIndexedOperand(M, I))
      return E;
    if (auto E = checkStringOperand(M, I))
      return E;
    if (M.Code[I].Op == Opcode::FuncInfo)
      if (auto E = startFunction(M, I))
        return E;
  }
  if (M.Functions.size() != M.FunctionCount)
    return makeLoadError(LoadErrorKind::FunctionCountMismatch,
                         "header says " + llvm::Twine(M.FunctionCount) + ", code has " +
                             llvm::Twine(M.Functions.size()));
  return llvm::Error::success();
}

/// Checks that `Label` is the entry of function `Name/Arity`.
llvm::Error checkEntry(const std::unordered_map<std::uint32_t, const Function *> &Entries,
                       llvm::StringRef Table, Term Name, unsigned Arity, std::uint32_t Label) {
  auto It = Entries.find(Label);
  if (It != Entries.end() && It->second->Name == Name && It->second->Arity == Arity)
    return llvm::Error::success();
  std::string_view Text = AtomTable::get().name(Name);
  return makeLoadError(LoadErrorKind::BadFunction,
                       "'" + Table + "' chunk: label " + llvm::Twine(Label) +
                           " is not the entry of " + llvm::StringRef(Text.data(), Text.size()) +
                           "/" + llvm::Twine(Arity));
}

llvm::Error checkEntries(const BeamModule &M) {
  std::unordered_map<std::uint32_t, const Function *> Entries;
  for (const Function &F : M.Functions)
    Entries[F.EntryLabel] = &F;
  for (const FunctionRef &E : M.Exports)
    if (auto Err = checkEntry(Entries, "ExpT", E.Function, E.Arity, E.Label))
      return Err;
  for (const FunctionRef &L : M.Locals)
    if (auto Err = checkEntry(Entries, "LocT", L.Function, L.Arity, L.Label))
      return Err;
  for (const Lambda &L : M.Lambdas)
    if (auto Err = checkEntry(Entries, "FunT", L.Function, L.Arity, L.Label))
      return Err;
  return llvm::Error::success();
}

} // namespace

llvm::Error beamr::checkCode(BeamModule &M) {
  if (auto E = defineLabels(M))
    return E;
  if (auto E = checkLabelReferences(M))
    return E;
  if (auto E = checkInstructions(M))
    return E;
  return checkEntries(M);
}
