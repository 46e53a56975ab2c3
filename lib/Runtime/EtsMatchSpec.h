//===- lib/Runtime/EtsMatchSpec.h - ETS match specifications ---*- C++ -*-===//
///
/// \file
/// Match specifications as ETS (and ets:match_spec_run) use them, interpreted
/// directly: heads with `'_'` and `'$N'` variables, guards and bodies with
/// erl's guard functions, `'$_'`, `'$$'`, `{const, T}` and `{{...}}` tuple
/// construction. Internal to the runtime library.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_LIB_RUNTIME_ETSMATCHSPEC_H
#define BEAMR_LIB_RUNTIME_ETSMATCHSPEC_H

#include "beamr/Term/Build.h"
#include "beamr/Term/Term.h"

#include <optional>
#include <vector>

namespace beamr {

/// A parsed match specification: a proper list of `{Head, Guards, Body}`.
struct MatchSpec {
  struct Clause {
    Term Head;
    std::vector<Term> Guards, Body;
  };
  std::vector<Clause> Clauses;
  Term Caller = Term::fromRaw(0); ///< The pid `{self}` gives (raw 0: none).
};

/// The clauses of `Spec`, run on behalf of the process `Caller`, or nothing
/// if it is not a proper list of `{Head, Guards, Body}` with list guards and
/// bodies (erl raises badarg).
std::optional<MatchSpec> parseSpec(Term Spec, Term Caller);

/// Runs the spec on one object: the result (built in `Ar`), or NoValue when
/// no clause matches (or its guard or body fails).
Term runSpec(TermArena &Ar, const MatchSpec &M, Term Obj);

/// The spec `[{Pattern, [], [Result]}]` of match/2 (`'$$'`, the bindings in
/// variable order) and match_object/2 (`'$_'`, the object).
MatchSpec patternSpec(Term Pattern, bool Objects);

} // namespace beamr

#endif // BEAMR_LIB_RUNTIME_ETSMATCHSPEC_H
