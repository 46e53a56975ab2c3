//===- beamr/Interp/LoadedModule.h - Threaded code of a module --*- C++ -*-===//
///
/// \file
/// A `LoadedModule` is a `BeamModule` translated for the interpreter: one
/// array of words, each instruction a handler address (a computed-goto label
/// of the interpreter loop) followed by its pre-resolved operands.
///
/// Operand words:
///   - a *source* or *destination* is either a constant term stored as is, or
///     a register stored as a header-tagged word (tag 00, never a term):
///     `N << 8 | 1 << 2` for x(N), `N << 8 | 2 << 2` for y(N); a handler
///     tells them apart with one test;
///   - a label is the address of the code it names, or 0 for "no label";
///   - an import is an `Export *`, a lambda a `FunEntry *`;
///   - a float register, a count or a live count is the plain number;
///   - a `{list, [...]}` operand is its length followed by its elements.
/// `line` instructions are dropped and kept in an address-to-line table for
/// stack traces; each function starts with a `func_entry` instruction that
/// counts calls (the JIT reads the counters).
///
/// Some instruction pairs are fused into one (`InternalOp` in Interpreter.h):
/// a local call jumps past its callee's `func_entry` and counts the call
/// itself; `deallocate` + `return` and two register moves in a row each
/// become one instruction. Fusing never crosses a label.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_INTERP_LOADEDMODULE_H
#define BEAMR_INTERP_LOADEDMODULE_H

#include "beamr/Loader/BeamModule.h"
#include "beamr/Runtime/Export.h"

#include "llvm/Support/Error.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace beamr {

constexpr Word XRegTag = 1 << 2;
constexpr Word YRegTag = 2 << 2;
constexpr Word encodeX(Word N) { return N << 8 | XRegTag; }
constexpr Word encodeY(Word N) { return N << 8 | YRegTag; }


/// One entry of a module's fun table, as `make_fun3` and calls of local
/// funs see it.
struct FunEntry {
  Term Module;
  std::uint32_t Index;
  std::uint32_t OldUniq;
  Word Uniq[2];
  unsigned Arity;   ///< Arity as called (without free variables).
  unsigned NumFree;
  const Word *Code; ///< Entry of the lifted function.
};

/// Per-function information of loaded code.
struct LoadedFunction {
  Term Name;
  unsigned Arity;
  std::uint32_t Start; ///< Word offset of its first instruction (func_info).
  std::uint32_t End;
  /// Calls so far; the JIT reads it to decide what is hot.
  std::uint64_t *EntryCount;
};

/// What a receive loop's body requires of a message before it can take
/// it, found at load time: after `loop_rec` come tests that fail to the
/// loop's `loop_rec_end`, the first `is_tagged_tuple` (or `is_tuple` and
/// `test_arity`) on the message. A message must be a tuple with `Header`
/// (and `Tag` first, if set), and each of `Elements` (at most four) must
/// equal an immediate or a y register. The interpreter steps over a message
/// that fails this without running the body, charging the reduction the
/// body's `loop_rec_end` would have.
struct ReceiveFilter {
  struct Element {
    std::uint32_t Index; ///< Tuple element, 0 the first.
    bool FromY;          ///< `Value` is a y register's number, else a raw immediate.
    Word Value;
  };
  Word Header = 0;
  Word Tag = 0; ///< The first element's raw word; 0 (no term's): any.
  unsigned Count = 0;
  Element Elements[4] = {};
};

class LoadedModule {
public:
  Term Name;
  std::unique_ptr<Word[]> Code;
  std::size_t CodeSize = 0;
  std::vector<LoadedFunction> Functions; ///< In code order.
  std::vector<std::unique_ptr<FunEntry>> Funs;
  /// (word offset, line item) for every `line` instruction, in code order.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> LineMarks;
  std::unique_ptr<BeamModule> Beam; ///< Owns literals, line table, atoms.
  std::vector<std::uint64_t> Counters;
  /// Named by the operands of the `loop_rec`s that use them.
  std::vector<std::unique_ptr<ReceiveFilter>> ReceiveFilters;
  Word OnLoadOffset = 0; ///< Offset of `on_load`'s function, or 0.
  /// The exported functions' entries and code, for the code server to
  /// publish (store into `Export::Code`) once the module is registered.
  std::vector<std::pair<Export *, const Word *>> ExportEntries;

  bool contains(const Word *P) const { return P >= Code.get() && P < Code.get() + CodeSize; }
  /// The function whose code holds `P`, or null.
  const LoadedFunction *functionAt(const Word *P) const;
  /// The line item in force at `P` (0 when unknown).
  std::uint32_t lineAt(const Word *P) const;
};

/// Catch markers on the stack are `Term::catchIndex(N)`: N indexes one
/// process-wide table of handler addresses, filled at load time (any
/// thread, under a lock) and read without a lock by any thread.
Term registerCatch(const Word *Handler);
const Word *catchHandler(Term Catch);

/// Translates `Beam` into threaded code, resolving imports into the export
/// table; the exports are left unpublished (`ExportEntries`). Fails on an
/// instruction the interpreter does not implement.
llvm::Expected<std::unique_ptr<LoadedModule>> translateModule(std::unique_ptr<BeamModule> Beam);

} // namespace beamr

#endif // BEAMR_INTERP_LOADEDMODULE_H
