//===- lib/Runtime/BifArith.cpp - Operators, numbers and math -------------===//
///
/// \file
/// The operator BIFs (`erlang:'+'/2` and friends, reached through `apply`
/// and funs), comparisons and boolean operators, the number BIFs (`abs`,
/// `float`, `trunc`, `round`, `floor`, `ceil`, `min`, `max`) and the `math`
/// module. Arithmetic itself lives in Arith.cpp.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Arith.h"
#include "beamr/Term/Compare.h"

#include <cmath>

using namespace beamr;

namespace beamr::bifs {

Term opAdd(Process &P, const Term *Args) { return arithAdd(P, Args[0], Args[1]); }
Term opSub(Process &P, const Term *Args) { return arithSub(P, Args[0], Args[1]); }
Term opMul(Process &P, const Term *Args) { return arithMul(P, Args[0], Args[1]); }
Term opDivide(Process &P, const Term *Args) { return arithDivide(P, Args[0], Args[1]); }
Term opIntDiv(Process &P, const Term *Args) { return arithIntDiv(P, Args[0], Args[1]); }
Term opRem(Process &P, const Term *Args) { return arithRem(P, Args[0], Args[1]); }
Term opBand(Process &P, const Term *Args) { return arithBand(P, Args[0], Args[1]); }
Term opBor(Process &P, const Term *Args) { return arithBor(P, Args[0], Args[1]); }
Term opBxor(Process &P, const Term *Args) { return arithBxor(P, Args[0], Args[1]); }
Term opBsl(Process &P, const Term *Args) { return arithBsl(P, Args[0], Args[1]); }
Term opBsr(Process &P, const Term *Args) { return arithBsr(P, Args[0], Args[1]); }
Term opBnot(Process &P, const Term *Args) { return arithBnot(P, Args[0]); }
Term opNeg(Process &P, const Term *Args) { return arithNeg(P, Args[0]); }
Term opPlus(Process &P, const Term *Args) { return arithPlus(P, Args[0]); }

Term opEq(Process &, const Term *Args) { return boolTerm(equalTerms(Args[0], Args[1])); }
Term opNe(Process &, const Term *Args) { return boolTerm(!equalTerms(Args[0], Args[1])); }
Term opExactEq(Process &, const Term *Args) { return boolTerm(exactEqualTerms(Args[0], Args[1])); }
Term opExactNe(Process &, const Term *Args) { return boolTerm(!exactEqualTerms(Args[0], Args[1])); }
Term opLt(Process &, const Term *Args) { return boolTerm(compareTerms(Args[0], Args[1]) < 0); }
Term opGt(Process &, const Term *Args) { return boolTerm(compareTerms(Args[0], Args[1]) > 0); }
Term opLe(Process &, const Term *Args) { return boolTerm(compareTerms(Args[0], Args[1]) <= 0); }
Term opGe(Process &, const Term *Args) { return boolTerm(compareTerms(Args[0], Args[1]) >= 0); }

static std::optional<bool> boolean(Term T) {
  if (T == atomTerm(atoms::True))
    return true;
  if (T == atomTerm(atoms::False))
    return false;
  return std::nullopt;
}

Term opAnd(Process &P, const Term *Args) {
  std::optional<bool> A = boolean(Args[0]), B = boolean(Args[1]);
  return A && B ? boolTerm(*A && *B) : P.badarg();
}
Term opOr(Process &P, const Term *Args) {
  std::optional<bool> A = boolean(Args[0]), B = boolean(Args[1]);
  return A && B ? boolTerm(*A || *B) : P.badarg();
}
Term opXor(Process &P, const Term *Args) {
  std::optional<bool> A = boolean(Args[0]), B = boolean(Args[1]);
  return A && B ? boolTerm(*A != *B) : P.badarg();
}
Term opNot(Process &P, const Term *Args) {
  std::optional<bool> A = boolean(Args[0]);
  return A ? boolTerm(!*A) : P.badarg();
}

Term abs_1(Process &P, const Term *Args) { return arithAbs(P, Args[0]); }

Term float_1(Process &P, const Term *Args) {
  if (Args[0].isFloat())
    return Args[0];
  std::optional<double> D = numberToDouble(Args[0]);
  return D ? makeFloat(P, *D) : P.badarg();
}

/// trunc/round/floor/ceil: integers pass through, floats are rounded by `F`.
template <double (*F)(double)> static Term roundWith(Process &P, Term N) {
  if (N.isInteger())
    return N;
  if (!N.isFloat())
    return P.badarg();
  return integerFromDouble(P, F(N.floatValue()));
}

Term trunc_1(Process &P, const Term *Args) { return roundWith<std::trunc>(P, Args[0]); }
Term round_1(Process &P, const Term *Args) { return roundWith<std::round>(P, Args[0]); }
Term floor_1(Process &P, const Term *Args) { return roundWith<std::floor>(P, Args[0]); }
Term ceil_1(Process &P, const Term *Args) { return roundWith<std::ceil>(P, Args[0]); }

// erlang.erl: min(A, B) when A > B -> B; min(A, _) -> A. And max likewise.
Term min_2(Process &, const Term *Args) {
  return compareTerms(Args[0], Args[1]) > 0 ? Args[1] : Args[0];
}
Term max_2(Process &, const Term *Args) {
  return compareTerms(Args[0], Args[1]) < 0 ? Args[1] : Args[0];
}

//===-- math --------------------------------------------------------------===//

/// Applies a libm function: `badarg` for a non-number, `badarith` for an
/// operand too large for a double or a result that is not finite.
template <double (*F)(double)> static Term math1(Process &P, Term X) {
  if (!X.isNumber())
    return P.badarg();
  std::optional<double> D = numberToDouble(X);
  if (!D)
    return P.raiseError(atoms::Badarith);
  return makeFloatResult(P, F(*D));
}

template <double (*F)(double, double)> static Term math2(Process &P, Term X, Term Y) {
  if (!X.isNumber() || !Y.isNumber())
    return P.badarg();
  std::optional<double> A = numberToDouble(X), B = numberToDouble(Y);
  if (!A || !B)
    return P.raiseError(atoms::Badarith);
  return makeFloatResult(P, F(*A, *B));
}

Term math_pi_0(Process &P, const Term *) { return makeFloat(P, M_PI); }
Term math_sin_1(Process &P, const Term *Args) { return math1<std::sin>(P, Args[0]); }
Term math_cos_1(Process &P, const Term *Args) { return math1<std::cos>(P, Args[0]); }
Term math_tan_1(Process &P, const Term *Args) { return math1<std::tan>(P, Args[0]); }
Term math_asin_1(Process &P, const Term *Args) { return math1<std::asin>(P, Args[0]); }
Term math_acos_1(Process &P, const Term *Args) { return math1<std::acos>(P, Args[0]); }
Term math_atan_1(Process &P, const Term *Args) { return math1<std::atan>(P, Args[0]); }
Term math_sinh_1(Process &P, const Term *Args) { return math1<std::sinh>(P, Args[0]); }
Term math_cosh_1(Process &P, const Term *Args) { return math1<std::cosh>(P, Args[0]); }
Term math_tanh_1(Process &P, const Term *Args) { return math1<std::tanh>(P, Args[0]); }
Term math_asinh_1(Process &P, const Term *Args) { return math1<std::asinh>(P, Args[0]); }
Term math_acosh_1(Process &P, const Term *Args) { return math1<std::acosh>(P, Args[0]); }
Term math_atanh_1(Process &P, const Term *Args) { return math1<std::atanh>(P, Args[0]); }
Term math_exp_1(Process &P, const Term *Args) { return math1<std::exp>(P, Args[0]); }
Term math_log_1(Process &P, const Term *Args) { return math1<std::log>(P, Args[0]); }
Term math_log2_1(Process &P, const Term *Args) { return math1<std::log2>(P, Args[0]); }
Term math_log10_1(Process &P, const Term *Args) { return math1<std::log10>(P, Args[0]); }
Term math_sqrt_1(Process &P, const Term *Args) { return math1<std::sqrt>(P, Args[0]); }
Term math_erf_1(Process &P, const Term *Args) { return math1<std::erf>(P, Args[0]); }
Term math_erfc_1(Process &P, const Term *Args) { return math1<std::erfc>(P, Args[0]); }
Term math_ceil_1(Process &P, const Term *Args) { return math1<std::ceil>(P, Args[0]); }
Term math_floor_1(Process &P, const Term *Args) { return math1<std::floor>(P, Args[0]); }
Term math_atan2_2(Process &P, const Term *Args) { return math2<std::atan2>(P, Args[0], Args[1]); }
Term math_pow_2(Process &P, const Term *Args) { return math2<std::pow>(P, Args[0], Args[1]); }
Term math_fmod_2(Process &P, const Term *Args) { return math2<std::fmod>(P, Args[0], Args[1]); }

} // namespace beamr::bifs
