//===- lib/Runtime/Arith.cpp - Integer and float arithmetic ---------------===//
///
/// \file
/// Small integers take inline paths (their 60-bit values cannot overflow a
/// 64-bit word on add and subtract; multiplication goes through 128 bits).
/// Bignums are read in place as read-only GMP integers over our limbs
/// (`mpz_roinit_n`), computed into a temporary GMP integer and copied into a
/// normalised term, so the one-representation rule of integers holds.
//===----------------------------------------------------------------------===//
#include "beamr/Runtime/Arith.h"

#include "beamr/Term/Build.h"

#include <cmath>
#include <gmp.h>

using namespace beamr;

static_assert(sizeof(mp_limb_t) == sizeof(Word) && GMP_NUMB_BITS == 64,
              "bignum limbs are GMP's 64-bit limbs");

namespace {

/// Any integer term seen as a read-only GMP integer, without copying.
class IntView {
public:
  explicit IntView(Term T) {
    if (T.isSmall()) {
      SWord V = T.smallValue();
      Small = V < 0 ? Word(0) - Word(V) : Word(V);
      mpz_roinit_n(Z, &Small, V < 0 ? -1 : 1);
      return;
    }
    std::span<const Word> Limbs = bignumLimbs(T);
    mp_size_t N = mp_size_t(Limbs.size());
    mpz_roinit_n(Z, reinterpret_cast<const mp_limb_t *>(Limbs.data()),
                 bignumIsNegative(T) ? -N : N);
  }
  IntView(const IntView &) = delete;
  mpz_srcptr get() const { return Z; }

private:
  Word Small = 0;
  mpz_t Z;
};

/// A GMP integer that frees itself.
struct BigTemp {
  mpz_t Z;
  BigTemp() { mpz_init(Z); }
  ~BigTemp() { mpz_clear(Z); }
  BigTemp(const BigTemp &) = delete;
};

} // namespace

/// The term for `Z`, or `NoValue` when it exceeds erl's bignum limit.
static Term fromMpz(TermAllocator &A, mpz_srcptr Z) {
  std::size_t N = mpz_size(Z);
  if (N > MaxBignumLimbs)
    return NoValue;
  const mp_limb_t *Limbs = mpz_limbs_read(Z);
  return makeInteger(A, mpz_sgn(Z) < 0,
                     std::span<const Word>(reinterpret_cast<const Word *>(Limbs), N));
}

static Term resultOf(Process &P, mpz_srcptr Z) {
  Term T = fromMpz(P, Z);
  return T == NoValue ? P.raiseError(atoms::SystemLimit) : T;
}

static Term badarith(Process &P) { return P.raiseError(atoms::Badarith); }

std::optional<double> beamr::numberToDouble(Term N) {
  if (N.isSmall())
    return double(N.smallValue());
  if (N.isFloat())
    return N.floatValue();
  if (!N.isBignum())
    return std::nullopt;
  // Horner's rule from the top limb, as erl converts: the rounding (and so
  // which huge integers overflow) matches erl's bit for bit.
  std::span<const Word> Limbs = bignumLimbs(N);
  double D = 0.0;
  for (std::size_t I = Limbs.size(); I-- > 0;) {
    D = D * 18446744073709551616.0 + double(Limbs[I]);
    if (!std::isfinite(D))
      return std::nullopt;
  }
  return bignumIsNegative(N) ? -D : D;
}

Term beamr::makeFloatResult(Process &P, double D) {
  if (!std::isfinite(D))
    return badarith(P);
  return makeFloat(P, D);
}

Term beamr::integerFromDouble(TermAllocator &A, double D) {
  assert(std::isfinite(D) && "integral value of a non-finite double");
  if (D > -576460752303423488.0 && D < 576460752303423488.0)
    return Term::small(SWord(D));
  BigTemp R;
  mpz_set_d(R.Z, D);
  return fromMpz(A, R.Z);
}

enum class FloatOp { Add, Sub, Mul, Div };

/// The mixed integer/float case of `+ - * /`.
static Term floatArith(Process &P, FloatOp Op, Term A, Term B) {
  std::optional<double> X = numberToDouble(A), Y = numberToDouble(B);
  if (!X || !Y)
    return badarith(P);
  switch (Op) {
  case FloatOp::Add:
    return makeFloatResult(P, *X + *Y);
  case FloatOp::Sub:
    return makeFloatResult(P, *X - *Y);
  case FloatOp::Mul:
    return makeFloatResult(P, *X * *Y);
  case FloatOp::Div:
    if (*Y == 0.0)
      return badarith(P);
    return makeFloatResult(P, *X / *Y);
  }
  return badarith(P);
}

/// An integer from a 128-bit value.
static Term makeInteger128(TermAllocator &A, __int128 V) {
  if (V >= Term::MinSmall && V <= Term::MaxSmall)
    return Term::small(SWord(V));
  unsigned __int128 M = V < 0 ? -(unsigned __int128)V : (unsigned __int128)V;
  Word Limbs[2] = {Word(M), Word(M >> 64)};
  return makeInteger(A, V < 0, Limbs);
}

Term beamr::arithAdd(Process &P, Term A, Term B) {
  if (A.isSmall() && B.isSmall())
    return makeInteger(P, A.smallValue() + B.smallValue());
  if (!A.isInteger() || !B.isInteger())
    return floatArith(P, FloatOp::Add, A, B);
  IntView X(A), Y(B);
  BigTemp R;
  mpz_add(R.Z, X.get(), Y.get());
  return resultOf(P, R.Z);
}

Term beamr::arithSub(Process &P, Term A, Term B) {
  if (A.isSmall() && B.isSmall())
    return makeInteger(P, A.smallValue() - B.smallValue());
  if (!A.isInteger() || !B.isInteger())
    return floatArith(P, FloatOp::Sub, A, B);
  IntView X(A), Y(B);
  BigTemp R;
  mpz_sub(R.Z, X.get(), Y.get());
  return resultOf(P, R.Z);
}

Term beamr::arithMul(Process &P, Term A, Term B) {
  if (A.isSmall() && B.isSmall())
    return makeInteger128(P, __int128(A.smallValue()) * B.smallValue());
  if (!A.isInteger() || !B.isInteger())
    return floatArith(P, FloatOp::Mul, A, B);
  IntView X(A), Y(B);
  if (mpz_size(X.get()) + mpz_size(Y.get()) > MaxBignumLimbs + 1)
    return P.raiseError(atoms::SystemLimit);
  BigTemp R;
  mpz_mul(R.Z, X.get(), Y.get());
  return resultOf(P, R.Z);
}

Term beamr::arithDivide(Process &P, Term A, Term B) {
  return floatArith(P, FloatOp::Div, A, B);
}

Term beamr::arithIntDiv(Process &P, Term A, Term B) {
  if (!A.isInteger() || !B.isInteger() || B == Term::small(0))
    return badarith(P);
  if (A.isSmall() && B.isSmall())
    return makeInteger(P, A.smallValue() / B.smallValue());
  IntView X(A), Y(B);
  BigTemp R;
  mpz_tdiv_q(R.Z, X.get(), Y.get());
  return resultOf(P, R.Z);
}

Term beamr::arithRem(Process &P, Term A, Term B) {
  if (!A.isInteger() || !B.isInteger() || B == Term::small(0))
    return badarith(P);
  if (A.isSmall() && B.isSmall())
    return Term::small(A.smallValue() % B.smallValue());
  IntView X(A), Y(B);
  BigTemp R;
  mpz_tdiv_r(R.Z, X.get(), Y.get());
  return resultOf(P, R.Z);
}

Term beamr::arithNeg(Process &P, Term A) {
  if (A.isSmall())
    return makeInteger(P, -A.smallValue());
  if (A.isFloat())
    return makeFloat(P, -A.floatValue());
  if (A.isBignum())
    return makeInteger(P, !bignumIsNegative(A), bignumLimbs(A));
  return badarith(P);
}

Term beamr::arithPlus(Process &P, Term A) { return A.isNumber() ? A : badarith(P); }

Term beamr::arithAbs(Process &P, Term A) {
  if (A.isSmall())
    return makeInteger(P, A.smallValue() < 0 ? -A.smallValue() : A.smallValue());
  if (A.isFloat()) // erl keeps -0.0 as it is: abs(-0.0) is -0.0.
    return A.floatValue() < 0 ? makeFloat(P, -A.floatValue()) : A;
  if (A.isBignum())
    return bignumIsNegative(A) ? makeInteger(P, false, bignumLimbs(A)) : A;
  return P.badarg();
}

enum class BitOp { And, Or, Xor };

static Term bitwise(Process &P, BitOp Op, Term A, Term B) {
  if (!A.isInteger() || !B.isInteger())
    return badarith(P);
  if (A.isSmall() && B.isSmall()) {
    SWord X = A.smallValue(), Y = B.smallValue();
    switch (Op) {
    case BitOp::And:
      return Term::small(X & Y);
    case BitOp::Or:
      return Term::small(X | Y);
    case BitOp::Xor:
      return Term::small(X ^ Y);
    }
  }
  IntView X(A), Y(B);
  BigTemp R;
  switch (Op) {
  case BitOp::And:
    mpz_and(R.Z, X.get(), Y.get());
    break;
  case BitOp::Or:
    mpz_ior(R.Z, X.get(), Y.get());
    break;
  case BitOp::Xor:
    mpz_xor(R.Z, X.get(), Y.get());
    break;
  }
  return resultOf(P, R.Z);
}

Term beamr::arithBand(Process &P, Term A, Term B) { return bitwise(P, BitOp::And, A, B); }
Term beamr::arithBor(Process &P, Term A, Term B) { return bitwise(P, BitOp::Or, A, B); }
Term beamr::arithBxor(Process &P, Term A, Term B) { return bitwise(P, BitOp::Xor, A, B); }

Term beamr::arithBnot(Process &P, Term A) {
  if (A.isSmall())
    return Term::small(~A.smallValue());
  if (!A.isBignum())
    return badarith(P);
  IntView X(A);
  BigTemp R;
  mpz_com(R.Z, X.get());
  return resultOf(P, R.Z);
}

/// `A` shifted left by `Shift` bits (right when negative), floor semantics.
static Term shiftLeft(Process &P, Term A, SWord Shift) {
  if (A == Term::small(0))
    return A;
  if (A.isSmall() && Shift <= 0) {
    SWord Right = -Shift;
    SWord V = A.smallValue();
    return Term::small(Right >= 63 ? (V < 0 ? -1 : 0) : V >> Right);
  }
  if (A.isSmall() && Shift < 64) {
    __int128 V = __int128(A.smallValue()) * (__int128(1) << Shift);
    return makeInteger128(P, V);
  }
  IntView X(A);
  BigTemp R;
  if (Shift < 0) {
    mpz_fdiv_q_2exp(R.Z, X.get(), mp_bitcnt_t(-Shift));
    return resultOf(P, R.Z);
  }
  if (mpz_sizeinbase(X.get(), 2) + Word(Shift) > 64 * MaxBignumLimbs)
    return P.raiseError(atoms::SystemLimit);
  mpz_mul_2exp(R.Z, X.get(), mp_bitcnt_t(Shift));
  return resultOf(P, R.Z);
}

/// Shift counts beyond any representable result: a bignum count, or a small
/// one far past the bignum limit.
static Term hugeShift(Process &P, Term A, bool Left) {
  if (A == Term::small(0))
    return A;
  if (Left)
    return P.raiseError(atoms::SystemLimit);
  bool Negative = A.isSmall() ? A.smallValue() < 0 : bignumIsNegative(A);
  return Term::small(Negative ? -1 : 0);
}

static Term shift(Process &P, Term A, Term B, bool Left) {
  if (!A.isInteger() || !B.isInteger())
    return badarith(P);
  constexpr SWord Huge = SWord(1) << 40;
  if (B.isBignum())
    return hugeShift(P, A, Left == !bignumIsNegative(B));
  SWord N = Left ? B.smallValue() : -B.smallValue();
  if (N >= Huge || N <= -Huge)
    return hugeShift(P, A, N > 0);
  return shiftLeft(P, A, N);
}

Term beamr::arithBsl(Process &P, Term A, Term B) { return shift(P, A, B, true); }
Term beamr::arithBsr(Process &P, Term A, Term B) { return shift(P, A, B, false); }

std::string beamr::integerToText(Term I, unsigned Base) {
  assert(I.isInteger() && Base >= 2 && Base <= 36 && "bad integerToText call");
  if (I.isSmall()) { // Most integers printed are small: no GMP.
    SWord V = I.smallValue();
    Word Mag = V < 0 ? Word(0) - Word(V) : Word(V);
    char Buf[72];
    char *End = Buf + sizeof Buf, *P = End;
    do {
      unsigned D = unsigned(Mag % Base);
      *--P = char(D < 10 ? '0' + D : 'A' + D - 10);
      Mag /= Base;
    } while (Mag);
    if (V < 0)
      *--P = '-';
    return std::string(P, End);
  }
  IntView X(I);
  std::string Out(mpz_sizeinbase(X.get(), int(Base)) + 2, '\0');
  mpz_get_str(Out.data(), -int(Base), X.get());
  Out.resize(std::strlen(Out.c_str()));
  return Out;
}

static int digitValue(char C) {
  if (C >= '0' && C <= '9')
    return C - '0';
  if (C >= 'a' && C <= 'z')
    return C - 'a' + 10;
  if (C >= 'A' && C <= 'Z')
    return C - 'A' + 10;
  return 99;
}

std::optional<Term> beamr::textToInteger(TermAllocator &A, std::string_view Text,
                                         unsigned Base) {
  bool Negative = false;
  if (!Text.empty() && (Text[0] == '+' || Text[0] == '-')) {
    Negative = Text[0] == '-';
    Text.remove_prefix(1);
  }
  if (Text.empty())
    return std::nullopt;
  __int128 Acc = 0;
  bool Fits = true;
  for (char C : Text) {
    int D = digitValue(C);
    if (D >= int(Base))
      return std::nullopt;
    if (Fits && Acc > (__int128(1) << 100))
      Fits = false;
    Acc = Fits ? Acc * Base + D : Acc;
  }
  if (Fits)
    return makeInteger128(A, Negative ? -Acc : Acc);
  BigTemp R;
  std::string Digits(Text);
  if (mpz_set_str(R.Z, Digits.c_str(), int(Base)) != 0)
    return std::nullopt;
  if (Negative)
    mpz_neg(R.Z, R.Z);
  return fromMpz(A, R.Z);
}
