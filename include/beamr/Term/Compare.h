//===- beamr/Term/Compare.h - Erlang term order and equality ----*- C++ -*-===//
///
/// \file
/// Erlang's total term order (number < atom < reference < fun < port < pid <
/// tuple < map < [] < list < bitstring), `==` (numbers compared by value, so
/// `1 == 1.0`) and `=:=` (exact: `1 =/= 1.0`). Iterative: deep terms never
/// overflow the C stack.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_TERM_COMPARE_H
#define BEAMR_TERM_COMPARE_H

#include "beamr/Term/Term.h"

namespace beamr {

/// Negative, zero or positive as `A` is before, `==` to or after `B` in term
/// order (the order of `<`, `==`, `>`).
int compareTerms(Term A, Term B);
/// The order used for map keys: like `compareTerms` but exact, so that
/// integers sort before floats of equal value (`1 < 1.0`); zero iff `=:=`.
int compareTermsExact(Term A, Term B);
inline bool equalTerms(Term A, Term B) { return compareTerms(A, B) == 0; }
inline bool exactEqualTerms(Term A, Term B) { return compareTermsExact(A, B) == 0; }

} // namespace beamr

#endif // BEAMR_TERM_COMPARE_H
