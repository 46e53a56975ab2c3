//===- beamr/Runtime/Arith.h - Integer and float arithmetic -----*- C++ -*-===//
///
/// \file
/// The one implementation of Erlang arithmetic, shared by the BIFs, the
/// interpreter's fast paths and the JIT. Small integers overflow into bignums
/// (GMP limbs in our layout), integers and floats mix as in erl, a float
/// result that is not finite raises `badarith`, `/` always gives a float,
/// `div` and `rem` take integers only, and the bitwise operators use two's
/// complement semantics on integers of any size.
///
/// Every operation returns the result term, or `NoValue` after raising on the
/// process (`badarith` for bad operands, `system_limit` when a bignum would
/// exceed erl's size limit of `MaxBignumLimbs` limbs). Results are allocated
/// with `P.allocate()`, so nothing collects under the caller.
//===----------------------------------------------------------------------===//
#ifndef BEAMR_RUNTIME_ARITH_H
#define BEAMR_RUNTIME_ARITH_H

#include "beamr/Runtime/Process.h"

#include <optional>
#include <string>
#include <string_view>

namespace beamr {

/// erl's largest bignum: 2^19 - 1 limbs of 64 bits.
constexpr std::size_t MaxBignumLimbs = (std::size_t(1) << 19) - 1;

Term arithAdd(Process &P, Term A, Term B);
Term arithSub(Process &P, Term A, Term B);
Term arithMul(Process &P, Term A, Term B);
/// `A / B`: always a float; `badarith` for a zero divisor.
Term arithDivide(Process &P, Term A, Term B);
/// `A div B`: integers only, truncating towards zero.
Term arithIntDiv(Process &P, Term A, Term B);
/// `A rem B`: integers only, the sign of `A`.
Term arithRem(Process &P, Term A, Term B);
/// Unary minus.
Term arithNeg(Process &P, Term A);
/// Unary plus: `A` itself if it is a number.
Term arithPlus(Process &P, Term A);
/// `abs/1`: raises `badarg` (a BIF, not an operator) for a non-number.
Term arithAbs(Process &P, Term A);

Term arithBand(Process &P, Term A, Term B);
Term arithBor(Process &P, Term A, Term B);
Term arithBxor(Process &P, Term A, Term B);
Term arithBnot(Process &P, Term A);
Term arithBsl(Process &P, Term A, Term B);
Term arithBsr(Process &P, Term A, Term B);

/// The float of a number as erl converts it (bignums by Horner's rule over
/// the limbs, as erl does, so results agree bit for bit). Returns nothing
/// for a non-number or an integer too large for a finite double.
std::optional<double> numberToDouble(Term N);
/// A float term for `D`, or `badarith` when `D` is not finite.
Term makeFloatResult(Process &P, double D);
/// The integer equal to the integral double `D` (which must be finite).
Term integerFromDouble(TermAllocator &A, double D);

/// Digits of integer `I` in `Base` (2..36), upper-case letters, '-' first
/// for negatives: `integer_to_list/2`.
std::string integerToText(Term I, unsigned Base);
/// Reads an optionally signed integer in `Base` (2..36, letters of either
/// case) that spans all of `Text`. Returns nothing for empty, sign-only or
/// malformed text; returns `NoValue` inside when the integer exceeds the
/// bignum limit (erl's `system_limit`).
std::optional<Term> textToInteger(TermAllocator &A, std::string_view Text, unsigned Base);

} // namespace beamr

#endif // BEAMR_RUNTIME_ARITH_H
