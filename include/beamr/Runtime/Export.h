//===- beamr/Runtime/Export.h - Export entries -----------------*- C++ -*-===//
///
/// \file
/// Every remote call goes through an export entry for `{M, F, A}`. The entry
/// exists as soon as anyone refers to it (an import, `apply`, `fun M:F/A`),
/// before the module is loaded; loading fills in `Code`, tiering up
/// re-points it. BIFs fill in `Bif` at start-up. Entries are never freed or
/// moved, so loaded code holds plain pointers to them.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_EXPORT_H
#define BEAMR_RUNTIME_EXPORT_H

#include "beamr/Runtime/Process.h"

#include <atomic>

namespace beamr {

/// A BIF: reads `Args[0..Arity)`, returns the result, or `NoValue` after
/// raising on `P`. BIFs allocate only through `P.allocate` and never collect.
using BifFunction = Term (*)(Process &P, const Term *Args);

struct Export {
  Term Module;
  Term Function;
  unsigned Arity;
  /// Entry point of the function's loaded code (just after its `func_info`),
  /// or null while the module is not loaded. Its meaning belongs to the tier
  /// that set it.
  std::atomic<const Word *> Code{nullptr};
  /// Non-null for functions implemented natively.
  BifFunction Bif = nullptr;
  /// The BIF may block (file system, external commands): the scheduler
  /// runs its calls on the dirty pool, never on a scheduler thread.
  bool Dirty = false;
};

class ExportTable {
public:
  static ExportTable &get();
  /// The entry for `{M, F, A}`, created empty if new.
  Export &entry(Term Module, Term Function, unsigned Arity);
  /// The entry if it exists.
  Export *find(Term Module, Term Function, unsigned Arity);

private:
  ExportTable();
  struct Impl;
  Impl *I;
};

/// Registers every BIF of Bifs.def in the export table. Idempotent.
void registerBifs();

/// The name of fun `Index` of `Module` (an atom such as '-f/1-fun-0-'), for
/// `erlang:fun_info(F, name)`; the code server installs it. Without one the
/// name of a local fun reads as `[]`.
using FunNameHook = Term (*)(Term Module, Word Index);
void setFunNameHook(FunNameHook Hook);

} // namespace beamr

#endif // BEAMR_RUNTIME_EXPORT_H
