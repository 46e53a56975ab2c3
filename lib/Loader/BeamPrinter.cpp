//===- lib/Loader/BeamPrinter.cpp - A BeamModule as erlc -S text ----------===//
///
/// \file
/// The `-emit=beam` printer. Terms are written with `writeTerm` (`~w`), so
/// atoms are quoted exactly where erl quotes them.
//===----------------------------------------------------------------------===//

#include "beamr/Loader/BeamPrinter.h"

#include "beamr/Term/Atom.h"
#include "beamr/Term/Printer.h"

#include "llvm/Support/ErrorHandling.h"

#include <algorithm>

using namespace beamr;

namespace {

class ModulePrinter {
public:
  ModulePrinter(llvm::raw_ostream &OS, const BeamModule &M) : OS(OS), M(M) {}

  void printModule();
  void printInstruction(const Instruction &I);

private:
  void term(Term T) {
    std::string S;
    writeTerm(S, T);
    OS << S;
  }
  void atom(Term A) {
    std::string S;
    writeAtom(S, AtomTable::get().name(A));
    OS << S;
  }
  void operand(const Operand &O);
  void registerOperand(const Operand &O);
  void elements(const Operand &O);
  void allocList(const Operand &O);
  void import(std::uint64_t Index);
  void location(std::uint64_t Index);
  void indexedOperand(const IndexedOperand &Indexed, const Operand &O);
  void exports();
  void function(const Function &F);

  llvm::raw_ostream &OS;
  const BeamModule &M;
};

void ModulePrinter::registerOperand(const Operand &O) {
  const char *Name = O.kind() == OperandKind::XReg ? "x" : "y";
  if (O.hasType())
    OS << "{tr,{" << Name << ',' << O.reg() << "}," << O.typeIndex() << '}';
  else
    OS << '{' << Name << ',' << O.reg() << '}';
}

void ModulePrinter::elements(const Operand &O) {
  OS << "{list,[";
  bool First = true;
  for (const Operand &E : M.elements(O)) {
    if (!First)
      OS << ',';
    First = false;
    operand(E);
  }
  OS << "]}";
}

void ModulePrinter::allocList(const Operand &O) {
  std::span<const Operand> A = M.elements(O);
  OS << "{alloc,[{words," << A[0].unsignedValue() << "},{floats," << A[1].unsignedValue()
     << "},{funs," << A[2].unsignedValue() << "}]}";
}

void ModulePrinter::operand(const Operand &O) {
  switch (O.kind()) {
  case OperandKind::Unsigned:
    OS << O.unsignedValue();
    return;
  case OperandKind::Integer:
    OS << "{integer,";
    term(O.term());
    OS << '}';
    return;
  case OperandKind::Atom:
    OS << "{atom,";
    atom(O.term());
    OS << '}';
    return;
  case OperandKind::Nil:
    OS << "nil";
    return;
  case OperandKind::XReg:
  case OperandKind::YReg:
    registerOperand(O);
    return;
  case OperandKind::FloatReg:
    OS << "{fr," << O.reg() << '}';
    return;
  case OperandKind::Label:
    OS << "{f," << O.label() << '}';
    return;
  case OperandKind::Char:
    OS << "{char," << O.charValue() << '}';
    return;
  case OperandKind::Literal:
    OS << "{literal,";
    term(M.Literals[O.literalIndex()]);
    OS << '}';
    return;
  case OperandKind::List:
    elements(O);
    return;
  case OperandKind::AllocList:
    allocList(O);
    return;
  }
  llvm_unreachable("OperandKind out of range");
}

void ModulePrinter::import(std::uint64_t Index) {
  const Import &I = M.Imports[Index];
  OS << "{extfunc,";
  atom(I.Module);
  OS << ',';
  atom(I.Function);
  OS << ',' << I.Arity << '}';
}

void ModulePrinter::location(std::uint64_t Index) {
  if (Index == 0) {
    OS << "[]";
    return;
  }
  const LineItem &L = M.Lines.Items[Index];
  OS << "[{location,\"";
  OS.write_escaped(M.Lines.FileNames[L.FileIndex]);
  OS << "\"," << L.Line << "}]";
}

void ModulePrinter::indexedOperand(const IndexedOperand &Indexed, const Operand &O) {
  bool Resolvable =
      O.kind() == OperandKind::Unsigned && (Indexed.Table != IndexedTable::Line || M.HasLines);
  if (!Resolvable) {
    operand(O);
    return;
  }
  switch (Indexed.Table) {
  case IndexedTable::Import:
    import(O.unsignedValue());
    return;
  case IndexedTable::Lambda:
    OS << O.unsignedValue();
    return;
  case IndexedTable::Line:
    location(O.unsignedValue());
    return;
  }
  llvm_unreachable("IndexedTable out of range");
}

void ModulePrinter::printInstruction(const Instruction &I) {
  const IndexedOperand *Indexed = indexedOperandOf(I.Op);
  std::span<const Operand> Ops = M.operands(I);
  std::string Name;
  writeAtom(Name, opcodeName(I.Op));
  if (Ops.empty()) {
    OS << Name;
    return;
  }
  OS << '{' << Name;
  for (unsigned P = 0; P < Ops.size(); ++P) {
    OS << ',';
    if (Indexed && Indexed->Position == P)
      indexedOperand(*Indexed, Ops[P]);
    else
      operand(Ops[P]);
  }
  OS << '}';
}

void ModulePrinter::exports() {
  std::vector<const FunctionRef *> Sorted;
  for (const FunctionRef &E : M.Exports)
    Sorted.push_back(&E);
  const AtomTable &Atoms = AtomTable::get();
  std::sort(Sorted.begin(), Sorted.end(), [&](const FunctionRef *A, const FunctionRef *B) {
    std::string_view NA = Atoms.name(A->Function), NB = Atoms.name(B->Function);
    return NA != NB ? NA < NB : A->Arity < B->Arity;
  });
  OS << "{exports, [";
  for (std::size_t I = 0; I < Sorted.size(); ++I) {
    OS << (I ? "," : "") << '{';
    atom(Sorted[I]->Function);
    OS << ',' << Sorted[I]->Arity << '}';
  }
  OS << "]}.\n\n";
}

void ModulePrinter::function(const Function &F) {
  OS << "\n\n{function, ";
  atom(F.Name);
  OS << ", " << F.Arity << ", " << F.EntryLabel << "}.\n";
  for (std::uint32_t I = F.FirstInstruction; I < F.EndInstruction; ++I) {
    bool IsLabel = M.Code[I].Op == Opcode::Label;
    OS << (IsLabel ? "  " : "    ");
    printInstruction(M.Code[I]);
    OS << ".\n";
  }
}

void ModulePrinter::printModule() {
  OS << "{module, ";
  atom(M.name());
  OS << "}.  %% version = " << M.FormatNumber << "\n\n";
  exports();
  OS << "{attributes, ";
  if (M.Attributes)
    term(*M.Attributes);
  else
    OS << "[]";
  OS << "}.\n\n{labels, " << M.LabelCount << "}.\n";
  for (const Function &F : M.Functions)
    function(F);
}

} // namespace

void beamr::printBeamModule(llvm::raw_ostream &OS, const BeamModule &M) {
  ModulePrinter(OS, M).printModule();
}

void beamr::printInstruction(llvm::raw_ostream &OS, const BeamModule &M, const Instruction &I) {
  ModulePrinter(OS, M).printInstruction(I);
}
