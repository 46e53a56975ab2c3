//===- lib/Loader/Opcode.cpp - Generic BEAM opcode tables -----------------===//
///
/// \file
/// The name, arity and deprecation tables, each one expansion of
/// `Opcodes.def`, indexed by opcode number.
//===----------------------------------------------------------------------===//

#include "beamr/Loader/Opcode.h"

#include <array>

#include <cassert>

using namespace beamr;

namespace {

struct OpcodeInfo {
  std::string_view Name;
  std::uint8_t Arity = 0;
  bool Deprecated;
};

constexpr OpcodeInfo Infos[MaxKnownOpcode + 1] = {
    {"<none>", 0, false},
#define BEAMR_OPCODE(Id, Name, Number, Arity) {#Name, Arity, false},
#define BEAMR_DEPRECATED_OPCODE(Id, Name, Number, Arity) {#Name, Arity, true},
#include "beamr/Loader/Opcodes.def"
};

// The table is positional, so each entry must sit at its own number.
constexpr bool tableIsDense() {
  unsigned Expected = 0;
#define BEAMR_OPCODE(Id, Name, Number, Arity)                                                      \
  if (Number != ++Expected)                                                                        \
    return false;
#include "beamr/Loader/Opcodes.def"
  return true;
}
static_assert(tableIsDense(), "Opcodes.def must number opcodes densely from 1");

const OpcodeInfo &info(Opcode Op) {
  unsigned N = unsigned(Op);
  assert(isKnownOpcode(N) && "opcode outside the table");
  return Infos[N];
}

} // namespace

constexpr IndexedOperand IndexedOperands[] = {
    {Opcode::CallExt, 1, IndexedTable::Import},     {Opcode::CallExtLast, 1, IndexedTable::Import},
    {Opcode::CallExtOnly, 1, IndexedTable::Import}, {Opcode::Bif0, 0, IndexedTable::Import},
    {Opcode::Bif1, 1, IndexedTable::Import},        {Opcode::Bif2, 1, IndexedTable::Import},
    {Opcode::GcBif1, 2, IndexedTable::Import},      {Opcode::GcBif2, 2, IndexedTable::Import},
    {Opcode::GcBif3, 2, IndexedTable::Import},      {Opcode::MakeFun2, 0, IndexedTable::Lambda},
    {Opcode::MakeFun3, 0, IndexedTable::Lambda},    {Opcode::CallFun2, 0, IndexedTable::Lambda},
    {Opcode::Line, 0, IndexedTable::Line},          {Opcode::ExecutableLine, 0, IndexedTable::Line},
    {Opcode::DebugLine, 1, IndexedTable::Line},
};

std::string_view beamr::opcodeName(Opcode Op) { return info(Op).Name; }
unsigned beamr::opcodeArity(Opcode Op) { return info(Op).Arity; }
bool beamr::isDeprecatedOpcode(Opcode Op) { return info(Op).Deprecated; }

const IndexedOperand *beamr::indexedOperandOf(Opcode Op) {
  // Asked once per decoded instruction: an index by opcode, built once.
  static const auto ByOpcode = [] {
    std::array<const IndexedOperand *, MaxKnownOpcode + 1> T{};
    for (const IndexedOperand &I : IndexedOperands)
      T[unsigned(I.Op)] = &I;
    return T;
  }();
  unsigned N = unsigned(Op);
  return N <= MaxKnownOpcode ? ByOpcode[N] : nullptr;
}
