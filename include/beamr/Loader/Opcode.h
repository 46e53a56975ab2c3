//===- beamr/Loader/Opcode.h - Generic BEAM opcodes -------------*- C++ -*-===//
///
/// \file
/// The generic opcodes of `Opcodes.def` as an enum, with their names and
/// arities. The loader decodes with these tables; printers and the tiers
/// switch over `Opcode` without a `default:` so that a new opcode is a build
/// error until every user handles it.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LOADER_OPCODE_H
#define BEAMR_LOADER_OPCODE_H

#include <cstdint>
#include <string_view>

namespace beamr {

enum class Opcode : std::uint8_t {
#define BEAMR_OPCODE(Id, Name, Number, Arity) Id = Number,
#include "beamr/Loader/Opcodes.def"
};

/// The highest opcode number this loader knows (OTP 28's `debug_line`).
constexpr unsigned MaxKnownOpcode = 0
#define BEAMR_OPCODE(Id, Name, Number, Arity) +1
#include "beamr/Loader/Opcodes.def"
    ;

/// True if `Number` names an opcode of the table (numbers are dense from 1).
constexpr bool isKnownOpcode(unsigned Number) { return Number >= 1 && Number <= MaxKnownOpcode; }

/// The Erlang name of `Op`, as `erlc -S` prints it.
std::string_view opcodeName(Opcode Op);
/// The number of operands of `Op` as stored in the file, before a trailing
/// `{list,...}` operand is expanded.
unsigned opcodeArity(Opcode Op);
/// True for opcodes genop.tab marks obsolete.
bool isDeprecatedOpcode(Opcode Op);

/// Tables that some `u` operands index, by their position in an instruction.
enum class IndexedTable : std::uint8_t {
  Import, ///< An import: the callee of `call_ext`, the BIF of `bif1`...
  Lambda, ///< A fun table entry (`make_fun3`; `call_fun2` when unsigned).
  Line,   ///< A line table item (`line`, `executable_line`, `debug_line`).
};

struct IndexedOperand {
  Opcode Op;
  unsigned Position;
  IndexedTable Table;
};

/// The operand of `Op` that indexes a module table, if it has one.
const IndexedOperand *indexedOperandOf(Opcode Op);

} // namespace beamr

#endif // BEAMR_LOADER_OPCODE_H
