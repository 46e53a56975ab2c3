//===- beamr/Loader/BeamModule.h - A decoded .beam file ---------*- C++ -*-===//
///
/// \file
/// `BeamModule` is everything a `.beam` file says, decoded and checked but not
/// yet prepared for execution: the tables (atoms, imports, exports, locals,
/// lambdas, literals, line and type information, attributes) and the generic
/// instruction stream with its functions and labels identified. The
/// interpreter translates it into loaded code; `beamr-opt -emit=beam` prints
/// it.
///
/// Every index in a `BeamModule` has been checked against the table it names
/// when the module was read, so users may index without re-checking.
///
/// Instructions keep their operands in one pool owned by the module. A
/// `{list,...}` or allocation-list operand names a run of further operands in
/// the same pool, placed after the instruction's own operands.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LOADER_BEAMMODULE_H
#define BEAMR_LOADER_BEAMMODULE_H

#include "beamr/Loader/Opcode.h"
#include "beamr/Term/Heap.h"

#include <array>
#include <cassert>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace beamr {

/// What an instruction operand is, after decoding the compact term format.
enum class OperandKind : std::uint8_t {
  Unsigned,  ///< A plain number (`u` tag): live counts, sizes, table indices.
  Integer,   ///< An integer constant (`i` tag); `term()` is small or a bignum.
  Atom,      ///< An atom constant; `term()`.
  Nil,       ///< `[]` (atom index 0 in the file).
  XReg,      ///< `{x,N}`; may carry a type index (OTP 25+ typed register).
  YReg,      ///< `{y,N}`; may carry a type index.
  FloatReg,  ///< `{fr,N}`.
  Label,     ///< `{f,N}`; 0 means "no label" (e.g. raise instead of jump).
  Char,      ///< A character constant (`h` tag), a Unicode code point.
  Literal,   ///< An index into the literal table.
  List,      ///< `{list,[...]}`: a run of operands in the pool.
  AllocList, ///< `{alloc,...}`: three Unsigned operands: words, floats, funs.
};

/// One decoded operand. Use the accessor for its kind; they assert.
class Operand {
public:
  static constexpr std::uint32_t NoType = std::numeric_limits<std::uint32_t>::max();

  static Operand make(OperandKind Kind, std::uint64_t Value, std::uint32_t Aux = 0) {
    Operand O;
    O.Kind = Kind;
    O.Value = Value;
    O.Aux = Aux;
    return O;
  }
  static Operand makeTerm(OperandKind Kind, Term T) { return make(Kind, T.raw()); }
  static Operand makeRegister(OperandKind Kind, std::uint64_t N, std::uint32_t Type = NoType) {
    return make(Kind, N, Type);
  }

  OperandKind kind() const { return Kind; }
  bool isRegister() const { return Kind == OperandKind::XReg || Kind == OperandKind::YReg; }

  std::uint64_t unsignedValue() const { return get(OperandKind::Unsigned); }
  /// The constant of an Integer, Atom or Nil operand.
  Term term() const {
    assert(
        (Kind == OperandKind::Integer || Kind == OperandKind::Atom || Kind == OperandKind::Nil) &&
        "operand is not a constant term");
    return Term::fromRaw(Value);
  }
  std::uint64_t reg() const {
    assert((isRegister() || Kind == OperandKind::FloatReg) && "not a register");
    return Value;
  }
  /// True if an X or Y register carries an index into the type table.
  bool hasType() const { return isRegister() && Aux != NoType; }
  std::uint32_t typeIndex() const {
    assert(hasType() && "register has no type");
    return Aux;
  }
  std::uint64_t label() const { return get(OperandKind::Label); }
  std::uint64_t charValue() const { return get(OperandKind::Char); }
  std::uint64_t literalIndex() const { return get(OperandKind::Literal); }
  /// For List and AllocList operands: where the elements start in the pool.
  std::uint64_t firstElement() const {
    assert((Kind == OperandKind::List || Kind == OperandKind::AllocList) && "not a list");
    return Value;
  }
  std::uint32_t numElements() const {
    assert((Kind == OperandKind::List || Kind == OperandKind::AllocList) && "not a list");
    return Aux;
  }

  /// Used by the reader to move a list's elements into the pool.
  void relocate(std::uint64_t Base) { Value += Base; }

private:
  std::uint64_t get(OperandKind K) const {
    assert(Kind == K && "operand of another kind");
    (void)K;
    return Value;
  }
  OperandKind Kind = OperandKind::Unsigned;
  std::uint32_t Aux = 0;
  std::uint64_t Value = 0;
};

/// One generic instruction; its operands are `BeamModule::operands(I)`.
struct Instruction {
  Opcode Op;
  std::uint32_t FirstOperand;
  std::uint32_t NumOperands;
};

struct Import {
  Term Module;
  Term Function;
  unsigned Arity;
};

/// An entry of the export or the local function table.
struct FunctionRef {
  Term Function;
  unsigned Arity;
  std::uint32_t Label;
};

/// An entry of the fun table (`FunT`).
struct Lambda {
  Term Function;
  unsigned Arity; ///< Arity of the lifted function: free variables + arguments.
  std::uint32_t Label;
  std::uint32_t Index;
  std::uint32_t NumFree;
  std::uint32_t OldUniq;
};

/// A location: an index into `LineTable::FileNames` and a line number.
struct LineItem {
  std::uint32_t FileIndex;
  std::uint32_t Line;
};

struct LineTable {
  std::uint32_t Version = 0;
  std::uint32_t Flags = 0;
  std::uint32_t InstructionCount = 0;
  /// Item 0 is the "undefined location"; `line` instructions index this.
  std::vector<LineItem> Items;
  /// Name 0 is the implicit "<module>.erl"; names from the file follow.
  std::vector<std::string> FileNames;
};

/// Primary types of the `Type` chunk, normalised to the OTP 29 (version 4)
/// bit layout whatever the version of the file. Match states of versions 1
/// and 2 count as bitstrings, as OTP 27 decided.
enum TypeBits : std::uint16_t {
  TypeAtom = 1 << 0,
  TypeBitstring = 1 << 1,
  TypeCons = 1 << 2,
  TypeFloat = 1 << 3,
  TypeFun = 1 << 4,
  TypeInteger = 1 << 5,
  TypeMap = 1 << 6,
  TypeNil = 1 << 7,
  TypePid = 1 << 8,
  TypePort = 1 << 9,
  TypeReference = 1 << 10,
  TypeTuple = 1 << 11,
  TypeRecord = 1 << 12,
  TypeAny = (1 << 13) - 1,
};

struct TypeEntry {
  std::uint16_t Union = TypeAny;   ///< A set of `TypeBits`.
  std::optional<std::int64_t> Min; ///< Lower bound of an integer range.
  std::optional<std::int64_t> Max; ///< Upper bound of an integer range.
  std::optional<unsigned> Unit;    ///< Size unit of a bitstring, 1..256.
};

struct TypeTable {
  /// 0 when the file has no `Type` chunk or one of a version this loader
  /// does not know; the entries are then empty and registers untyped.
  std::uint32_t Version = 0;
  std::vector<TypeEntry> Entries;
};

/// A function: from the label before its `func_info` to the next function.
struct Function {
  Term Name;
  unsigned Arity;
  std::uint32_t EntryLabel;       ///< The label after `func_info`.
  std::uint32_t FirstInstruction; ///< Index of its first instruction.
  std::uint32_t EndInstruction;   ///< One past its last instruction.
};

class BeamModule {
public:
  BeamModule() : Arena(std::make_unique<TermArena>()) {}

  Term name() const { return Atoms.front(); }
  /// The atom with 1-based file index `Index` (0 is nil, not an atom).
  Term atom(std::uint32_t Index) const {
    assert(Index >= 1 && Index <= Atoms.size() && "atom index out of range");
    return Atoms[Index - 1];
  }
  std::span<const Operand> operands(const Instruction &I) const {
    return std::span<const Operand>(OperandPool).subspan(I.FirstOperand, I.NumOperands);
  }
  /// The elements of a List or AllocList operand.
  std::span<const Operand> elements(const Operand &L) const {
    return std::span<const Operand>(OperandPool).subspan(L.firstElement(), L.numElements());
  }
  /// Index of the `label` instruction defining `Label`, if it is defined.
  std::optional<std::uint32_t> labelInstruction(std::uint64_t Label) const {
    if (Label >= LabelInstructions.size() || LabelInstructions[Label] == NoInstruction)
      return std::nullopt;
    return LabelInstructions[Label];
  }
  /// The allocator that owns every term of this module (literals, bignum
  /// operands, attributes).
  TermArena &arena() { return *Arena; }

  static constexpr std::uint32_t NoInstruction = std::numeric_limits<std::uint32_t>::max();

  std::vector<Term> Atoms; ///< File indices 1.., stored from 0; [0] is the module.
  std::vector<Import> Imports;
  std::vector<FunctionRef> Exports;
  std::vector<FunctionRef> Locals;
  std::vector<Lambda> Lambdas;
  std::vector<Term> Literals;
  std::vector<unsigned char> Strings; ///< The `StrT` chunk.
  LineTable Lines;
  bool HasLines = false;
  TypeTable Types;
  std::optional<Term> Attributes;  ///< `Attr`: a list of `{Key, Value}`.
  std::optional<Term> CompileInfo; ///< `CInf`: a list of `{Key, Value}`.
  std::optional<Term> Meta;        ///< `Meta`, when present.
  /// erl's module checksum (`module_info(md5)`, the funs' `new_uniq`): MD5
  /// of the atom, code, string, import, export, lambda (its OldUniq fields
  /// zeroed), literal and meta chunks.
  std::array<unsigned char, 16> Md5{};

  // The Code chunk.
  std::uint32_t FormatNumber = 0;
  std::uint32_t MaxOpcode = 0;
  std::uint32_t LabelCount = 0;
  std::uint32_t FunctionCount = 0;
  std::vector<Instruction> Code;
  std::vector<Operand> OperandPool;
  std::vector<Function> Functions;
  /// Label number to the index of its `label` instruction, or NoInstruction.
  std::vector<std::uint32_t> LabelInstructions;

private:
  std::unique_ptr<TermArena> Arena;
};

} // namespace beamr

#endif // BEAMR_LOADER_BEAMMODULE_H
