//===- interp/InstrBinary.cpp - Binary construction and matching ----------===//
///
/// \file
/// `bs_create_bin` writes every segment into a C++ buffer and builds the
/// result once, so no collection can happen in the middle. Matching uses a
/// match-state object on the heap: `MatchState` header, arity 2, payload
/// [the matched bitstring term, the bit position as a small integer]; both
/// payload words are terms, so the collector can treat it like a tuple.
//===----------------------------------------------------------------------===//
#include "InterpAtoms.h"
#include "InterpHelpers.h"

#include "beamr/Interp/CodeServer.h"
#include "beamr/Term/Build.h"
#include "beamr/Term/Compare.h"

#include <cmath>
#include <vector>

using namespace beamr;
using namespace beamr::interp;

namespace {
constexpr unsigned FlagLittle = 0x02, FlagSigned = 0x04, FlagNative = 0x10;

class BitWriter {
public:
  std::vector<unsigned char> Bytes;
  Word Bits = 0;
  void putBit(unsigned B) {
    if (Bits % 8 == 0)
      Bytes.push_back(0);
    if (B)
      Bytes.back() |= 0x80 >> (Bits % 8);
    ++Bits;
  }
  void putBits(const BitstringView &V, Word Offset, Word N) {
    if (Bits % 8 == 0 && (V.BitOffset + Offset) % 8 == 0) {
      // Whole bytes to a byte boundary: copy them, then any last bits.
      const unsigned char *From = V.Base + (V.BitOffset + Offset) / 8;
      Bytes.insert(Bytes.end(), From, From + N / 8);
      Bits += N / 8 * 8;
      Offset += N / 8 * 8;
      N %= 8;
    }
    for (Word K = 0; K < N; ++K) {
      Word Bit = V.BitOffset + Offset + K;
      putBit((V.Base[Bit / 8] >> (7 - Bit % 8)) & 1);
    }
  }
  void putByte(unsigned char C) {
    if (Bits % 8 == 0) {
      Bytes.push_back(C);
      Bits += 8;
      return;
    }
    for (int K = 7; K >= 0; --K)
      putBit((C >> K) & 1);
  }
};

/// Byte `K` (little-endian order) of the two's complement of an integer.
unsigned char intByte(Term V, Word K) {
  if (V.isSmall()) {
    SWord S = V.smallValue();
    if (K >= 8)
      return S < 0 ? 0xFF : 0;
    return (unsigned char)(Word(S) >> (8 * K));
  }
  auto Limbs = bignumLimbs(V);
  bool Neg = bignumIsNegative(V);
  auto MagByte = [&](Word J) -> unsigned char {
    return J / 8 < Limbs.size() ? (unsigned char)(Limbs[J / 8] >> (8 * (J % 8))) : 0;
  };
  if (!Neg)
    return MagByte(K);
  // Two's complement: invert and add one, carrying from byte 0.
  unsigned Carry = 1;
  unsigned char Out = 0;
  for (Word J = 0; J <= K; ++J) {
    unsigned Sum = (unsigned char)~MagByte(J) + Carry;
    Out = (unsigned char)Sum;
    Carry = Sum >> 8;
  }
  return Out;
}

void putInteger(BitWriter &W, Term V, Word Bits, bool Little) {
  if (V.isSmall() && Bits <= 64 && Bits % 8 == 0 && W.Bits % 8 == 0) {
    // The common case: whole bytes of a small integer at a byte boundary.
    SWord S = V.smallValue();
    Word N = Bits / 8;
    for (Word K = 0; K < N; ++K) {
      Word Shift = 8 * (Little ? K : N - 1 - K);
      W.Bytes.push_back((unsigned char)(S >> Shift));
    }
    W.Bits += Bits;
    return;
  }
  if (!Little || Bits % 8) {
    // Big endian (and little with a partial byte: erl writes it big-style
    // for the remainder; the common case is whole bytes).
    if (Little) {
      Word Whole = Bits / 8;
      for (Word K = 0; K < Whole; ++K)
        W.putByte(intByte(V, K));
      unsigned char Last = intByte(V, Whole);
      for (int K = int(Bits % 8) - 1; K >= 0; --K)
        W.putBit((Last >> K) & 1);
      return;
    }
    for (Word K = Bits; K-- > 0;)
      W.putBit((intByte(V, K / 8) >> (K % 8)) & 1);
    return;
  }
  for (Word K = 0; K < Bits / 8; ++K)
    W.putByte(intByte(V, K));
}

bool putUtf(BitWriter &W, Term V, unsigned Width, bool Little) {
  if (!V.isSmall())
    return false;
  SWord C = V.smallValue();
  if (C < 0 || C > 0x10FFFF || (C >= 0xD800 && C <= 0xDFFF))
    return false;
  if (Width == 8) {
    if (C < 0x80) {
      W.putByte((unsigned char)C);
    } else if (C < 0x800) {
      W.putByte((unsigned char)(0xC0 | (C >> 6)));
      W.putByte((unsigned char)(0x80 | (C & 0x3F)));
    } else if (C < 0x10000) {
      W.putByte((unsigned char)(0xE0 | (C >> 12)));
      W.putByte((unsigned char)(0x80 | ((C >> 6) & 0x3F)));
      W.putByte((unsigned char)(0x80 | (C & 0x3F)));
    } else {
      W.putByte((unsigned char)(0xF0 | (C >> 18)));
      W.putByte((unsigned char)(0x80 | ((C >> 12) & 0x3F)));
      W.putByte((unsigned char)(0x80 | ((C >> 6) & 0x3F)));
      W.putByte((unsigned char)(0x80 | (C & 0x3F)));
    }
    return true;
  }
  auto Put16 = [&](unsigned U) {
    if (Little) {
      W.putByte((unsigned char)U);
      W.putByte((unsigned char)(U >> 8));
    } else {
      W.putByte((unsigned char)(U >> 8));
      W.putByte((unsigned char)U);
    }
  };
  if (Width == 16) {
    if (C < 0x10000) {
      Put16(unsigned(C));
    } else {
      SWord D = C - 0x10000;
      Put16(unsigned(0xD800 | (D >> 10)));
      Put16(unsigned(0xDC00 | (D & 0x3FF)));
    }
    return true;
  }
  putInteger(W, V, 32, Little);
  return true;
}

} // namespace

bool beamr::interp::toDouble(Term T, double &D) {
  if (T.isSmall()) {
    D = double(T.smallValue());
    return true;
  }
  if (T.isFloat()) {
    D = T.floatValue();
    return true;
  }
  if (T.isBignum()) {
    auto Limbs = bignumLimbs(T);
    long double R = 0;
    for (std::size_t K = Limbs.size(); K-- > 0;)
      R = R * 18446744073709551616.0L + (long double)Limbs[K];
    D = double(bignumIsNegative(T) ? -R : R);
    return std::isfinite(D);
  }
  return false;
}

namespace {
/// The segment types and flags of `bs_create_bin`, as atoms.
struct SegmentAtoms {
  Term Integer, Float, Binary, Append, PrivateAppend, Utf8, Utf16, Utf32, String, Little, Native;
  static const SegmentAtoms &get() {
    static const SegmentAtoms A = [] {
      auto At = [](const char *N) { return *AtomTable::get().intern(N); };
      return SegmentAtoms{At("integer"), At("float"),  At("binary"), At("append"),
                          At("private_append"), At("utf8"), At("utf16"), At("utf32"),
                          At("string"), At("little"), At("native")};
    }();
    return A;
  }
};

/// Little-endian byte order: `little`, or `native` on this (little-endian)
/// machine.
bool isLittle(Term Flags) {
  const SegmentAtoms &A = SegmentAtoms::get();
  for (Term L = Flags; L.isCons(); L = L.tail())
    if (L.head() == A.Little || L.head() == A.Native)
      return true;
  return false;
}

/// IEEE half precision from a double, rounding to nearest even; too large
/// values become infinity, as erl does.
std::uint16_t toHalf(double D) {
  std::uint64_t B;
  std::memcpy(&B, &D, 8);
  std::uint16_t Sign = std::uint16_t((B >> 63) << 15);
  int Exp = int((B >> 52) & 0x7FF);
  std::uint64_t Mant = B & ((std::uint64_t(1) << 52) - 1);
  if (Exp == 0x7FF)
    return Sign | 0x7C00 | (Mant ? 0x200 : 0);
  int E = Exp - 1023 + 15;
  if (E >= 31)
    return Sign | 0x7C00;
  auto Round = [](std::uint64_t M, unsigned Shift) {
    std::uint64_t H = M >> Shift, Rem = M & ((std::uint64_t(1) << Shift) - 1),
                  Half = std::uint64_t(1) << (Shift - 1);
    if (Rem > Half || (Rem == Half && (H & 1)))
      ++H;
    return H;
  };
  if (E <= 0) {
    if (Exp == 0 || 43 + (1 - E) > 63)
      return Sign;
    return std::uint16_t(Sign | Round(Mant | (std::uint64_t(1) << 52), unsigned(43 + (1 - E))));
  }
  std::uint64_t H = (std::uint64_t(E) << 10) + Round(Mant, 42);
  return std::uint16_t(Sign | (H >= 0x7C00 ? 0x7C00 : H));
}

double fromHalf(std::uint16_t H) {
  int E = (H >> 10) & 0x1F;
  double M = H & 0x3FF;
  double V = E == 0 ? std::ldexp(M, -24) : E == 31 ? INFINITY : std::ldexp(M + 1024, E - 25);
  return (H & 0x8000) ? -V : V;
}

/// Writes one float segment; false when erl raises badarg.
bool putFloat(BitWriter &W, Term V, Word Bits, bool Little) {
  double D;
  if (!toDouble(V, D))
    return false;
  std::uint64_t Raw;
  if (Bits == 64) {
    std::memcpy(&Raw, &D, 8);
  } else if (Bits == 32) {
    float F = float(D);
    std::uint32_t R32;
    std::memcpy(&R32, &F, 4);
    Raw = R32;
  } else if (Bits == 16) {
    Raw = toHalf(D);
  } else {
    return false;
  }
  Word N = Bits / 8;
  for (Word K = 0; K < N; ++K)
    W.putByte((unsigned char)(Raw >> (8 * (Little ? K : N - 1 - K))));
  return true;
}
} // namespace

namespace {
/// The bits a binary segment takes of `V`: `Size` units of `Unit` bits, or
/// all of `V` when `Size` is no integer (`all`). False when `V` is shorter,
/// or not a whole number of units.
bool binarySegmentBits(const BitstringView &V, Term Size, Word Unit, Word &Bits) {
  if (!Size.isSmall()) {
    Bits = V.BitSize;
    return Unit <= 1 || V.BitSize % Unit == 0;
  }
  if (Size.smallValue() < 0 || Word(Size.smallValue()) * Unit > V.BitSize)
    return false;
  Bits = Word(Size.smallValue()) * Unit;
  return true;
}

/// Writes an integer or float segment of `Size` units of `Unit` bits; false
/// when `V` or `Size` does not fit.
bool putNumberSegment(BitWriter &W, bool Float, Term V, Term Size, Word Unit, bool Little) {
  if (!Size.isSmall() || Size.smallValue() < 0)
    return false;
  Word Bits = Word(Size.smallValue()) * Unit;
  if (Float)
    return putFloat(W, V, Bits, Little);
  if (!V.isInteger())
    return false;
  putInteger(W, V, Bits, Little);
  return true;
}
} // namespace

Term beamr::interp::createBinary(Process &P, const Word *Seg, unsigned N, ErrorSite &Site) {
  const SegmentAtoms &A = SegmentAtoms::get();
  // One buffer per thread, kept between calls: no allocation per binary.
  thread_local BitWriter W;
  W.Bytes.clear();
  W.Bits = 0;
  Term AppendTo = NoValue;
  for (unsigned K = 0; K + 5 < N + 1 && K < N; K += 6) {
    Term Type = Term::fromRaw(Seg[K]);
    Word Unit = Seg[K + 2];
    Term Flags = readSource(P, Seg[K + 3]);
    bool Little = isLittle(Flags);
    Term Size = readSource(P, Seg[K + 5]);
    if (Type == A.String) {
      const LoadedModule *M = CodeServer::get().locate(Site.PC).Module;
      Word Off = Seg[K + 4], Len = Size.smallValue();
      for (Word J = 0; J < Len; ++J)
        W.putByte(M->Beam->Strings[Off + J]);
      continue;
    }
    Term V = readSource(P, Seg[K + 4]);
    if (Type == A.Integer || Type == A.Float) {
      if (!putNumberSegment(W, Type == A.Float, V, Size, Unit, Little))
        return P.badarg();
    } else if (Type == A.Binary || Type == A.Append || Type == A.PrivateAppend) {
      if (!V.isBitstring())
        return P.badarg();
      BitstringView BV = viewBitstring(V);
      Word Bits;
      if (!binarySegmentBits(BV, Size, Unit, Bits))
        return P.badarg();
      // The first segment of an append names the binary to extend.
      if (K == 0 && Type != A.Binary && BV.isBinary() && Bits == BV.BitSize) {
        AppendTo = V;
        continue;
      }
      W.putBits(BV, 0, Bits);
    } else if (Type == A.Utf8 || Type == A.Utf16 || Type == A.Utf32) {
      if (!putUtf(W, V, Type == A.Utf8 ? 8 : Type == A.Utf16 ? 16 : 32, Little))
        return P.badarg();
    } else {
      return P.badarg();
    }
  }
  if (AppendTo != NoValue) {
    if (W.Bits % 8 == 0)
      return appendToBinary(P, AppendTo, W.Bytes);
    // The result is no binary: build it whole.
    BitWriter All;
    All.putBits(viewBitstring(AppendTo), 0, viewBitstring(AppendTo).BitSize);
    All.putBits(BitstringView{W.Bytes.data(), 0, W.Bits}, 0, W.Bits);
    return makeBitstring(P, All.Bytes, All.Bits);
  }
  return makeBitstring(P, W.Bytes, W.Bits);
}

//===----------------------------------------------------------------------===//
// Construction by the instructions of OTP 24 and earlier
//===----------------------------------------------------------------------===//
//
// bs_init2/bs_init_bits/bs_append make the binary first; the bs_put_*
// instructions that follow write its bits in place, through a cursor kept
// per thread (no process switch can come between them: they contain no call
// and no collection point). A put beyond the binary made, or with no binary
// made, raises badarg: only a malformed file gets there.

namespace {
struct ConstructionCursor {
  unsigned char *Base = nullptr;
  Word Bit = 0, Limit = 0;
};
thread_local ConstructionCursor Cursor;

/// Copies `N` bits from `From` (starting at bit 0) to the cursor.
bool writeAtCursor(const unsigned char *From, Word N) {
  if (!Cursor.Base || Cursor.Limit - Cursor.Bit < N)
    return false;
  Word At = Cursor.Bit;
  if (At % 8 == 0) {
    std::memcpy(Cursor.Base + At / 8, From, N / 8);
    for (Word K = N / 8 * 8; K < N; ++K) {
      unsigned char Mask = 0x80 >> ((At + K) % 8);
      Cursor.Base[(At + K) / 8] = (From[K / 8] >> (7 - K % 8)) & 1
                                      ? Cursor.Base[(At + K) / 8] | Mask
                                      : Cursor.Base[(At + K) / 8] & ~Mask;
    }
  } else {
    for (Word K = 0; K < N; ++K) {
      unsigned char Mask = 0x80 >> ((At + K) % 8);
      if ((From[K / 8] >> (7 - K % 8)) & 1)
        Cursor.Base[(At + K) / 8] |= Mask;
      else
        Cursor.Base[(At + K) / 8] &= ~Mask;
    }
  }
  Cursor.Bit += N;
  return true;
}

bool writeSegment(const BitWriter &W) { return writeAtCursor(W.Bytes.data(), W.Bits); }

/// A new bitstring of `Bits` zero bits with the cursor at its start.
Term startConstruction(Process &P, Word Bits, Word Skip = 0) {
  std::vector<unsigned char> Zeros((Bits + 7) / 8);
  Term Bin = makeBitstring(P, Zeros, Bits);
  Cursor = {const_cast<unsigned char *>(viewBitstring(Bin).Base), Skip, Bits};
  return Bin;
}
} // namespace

Term beamr::interp::bsInit(Process &P, Term Size, unsigned Unit) {
  if (!Size.isSmall() || Size.smallValue() < 0)
    return P.badarg();
  Word N = Word(Size.smallValue());
  if (N > (Word(1) << 40) / Unit)
    return P.raiseError(atoms::SystemLimit);
  return startConstruction(P, N * Unit);
}

Term beamr::interp::bsAppend(Process &P, Term Bin, Term Size, unsigned Unit) {
  if (!Bin.isBitstring() || !Size.isSmall() || Size.smallValue() < 0)
    return P.badarg();
  BitstringView V = viewBitstring(Bin);
  if (Unit > 1 && V.BitSize % Unit)
    return P.badarg();
  Word Extra = Word(Size.smallValue());
  if (V.isBinary() && Extra % 8 == 0) {
    // The writable-binary path: extends in place when it can.
    std::vector<unsigned char> Zeros(Extra / 8);
    Term R = appendToBinary(P, Bin, Zeros);
    Cursor = {const_cast<unsigned char *>(viewBitstring(R).Base + viewBitstring(R).BitOffset / 8),
              V.BitSize, V.BitSize + Extra};
    return R;
  }
  BitWriter W;
  W.putBits(V, 0, V.BitSize);
  Term R = startConstruction(P, V.BitSize + Extra);
  writeSegment(W);
  return R;
}

bool beamr::interp::bsPut(unsigned Kind, Term Size, unsigned Unit, unsigned Flags, Term Src) {
  BitWriter W;
  if (Kind == 2) {
    Word Bits;
    if (!Src.isBitstring() || !binarySegmentBits(viewBitstring(Src), Size, Unit, Bits))
      return false;
    W.putBits(viewBitstring(Src), 0, Bits);
  } else if (!putNumberSegment(W, Kind == 1, Src, Size, Unit, Flags & (FlagLittle | FlagNative))) {
    return false;
  }
  return writeSegment(W);
}

bool beamr::interp::bsPutBytes(const unsigned char *Bytes, Word Length) {
  return writeAtCursor(Bytes, Length * 8);
}

bool beamr::interp::bsPutUtf(Term Src, unsigned Width, unsigned Flags) {
  BitWriter W;
  return putUtf(W, Src, Width, Flags & (FlagLittle | FlagNative)) && writeSegment(W);
}

Term beamr::interp::bsUtfSize(Term Src, unsigned Width) {
  BitWriter W;
  if (!putUtf(W, Src, Width, false))
    return NoValue;
  return Term::small(SWord(W.Bits / 8));
}

static Term &msOrig(Term Ctx) { return *reinterpret_cast<Term *>(Ctx.boxedObject() + 1); }
static Word msPos(Term Ctx) { return Word(Term::fromRaw(Ctx.boxedObject()[2]).smallValue()); }
static void setPos(Term Ctx, Word Pos) { Ctx.boxedObject()[2] = Term::small(SWord(Pos)).raw(); }

Term beamr::interp::startMatch(Process &P, Term Bin) {
  if (Bin.isBoxedKind(HeaderKind::MatchState))
    return Bin;
  if (!Bin.isBitstring())
    return NoValue;
  Word *Hp = P.allocate(3);
  Hp[0] = makeHeader(HeaderKind::MatchState, 2);
  Hp[1] = Bin.raw();
  Hp[2] = Term::small(0).raw();
  return Term::boxed(Hp);
}

static bool sizeInBits(Term Size, unsigned Unit, Word Left, Word &Bits) {
  if (Size.isAtom()) { // `all`
    Bits = Left;
    return Unit <= 1 || Left % Unit == 0;
  }
  if (!Size.isSmall() || Size.smallValue() < 0)
    return false;
  Bits = Word(Size.smallValue()) * Unit;
  return Bits <= Left;
}

static unsigned bitAt(const BitstringView &V, Word Pos) {
  Word Bit = V.BitOffset + Pos;
  return (V.Base[Bit / 8] >> (7 - Bit % 8)) & 1;
}

Term beamr::interp::bsGet(Process &P, unsigned Kind, Term Ctx, Term Size, unsigned Unit,
                          unsigned Flags) {
  BitstringView V = viewBitstring(msOrig(Ctx));
  Word Pos = msPos(Ctx), Left = V.BitSize - Pos, Bits;
  if (!sizeInBits(Size, Unit, Left, Bits))
    return NoValue;
  bool Little = Flags & (FlagLittle | FlagNative); // native: this machine is little-endian
  if (Kind == 2) { // binary
    setPos(Ctx, Pos + Bits);
    return subBitstring(P, msOrig(Ctx), Pos, Bits);
  }
  if (Kind == 0 && Bits <= 64 && (!Little || Bits % 8 == 0)) {
    // An integer of at most 64 bits, read straight from the bytes.
    Word R = 0, Start = V.BitOffset + Pos;
    if (Start % 8 == 0 && Bits % 8 == 0) {
      const unsigned char *B = V.Base + Start / 8;
      for (Word K = 0; K < Bits / 8; ++K)
        R = R << 8 | B[Little ? Bits / 8 - 1 - K : K];
    } else if (Little) {
      for (Word K = Bits / 8; K-- > 0;)
        for (Word J = 0; J < 8; ++J)
          R = R << 1 | bitAt(V, Pos + K * 8 + J);
    } else {
      for (Word K = 0; K < Bits; ++K)
        R = R << 1 | bitAt(V, Pos + K);
    }
    setPos(Ctx, Pos + Bits);
    if ((Flags & FlagSigned) && Bits > 0 && Bits < 64 && (R >> (Bits - 1) & 1))
      R |= ~Word(0) << Bits;
    if (Flags & FlagSigned)
      return makeInteger(P, SWord(R));
    return makeUnsigned(P, R);
  }
  // Gather the bits big-endian into a byte buffer (most significant first).
  BitWriter W;
  if (Little && Bits % 8 == 0) {
    for (Word B = Bits / 8; B-- > 0;)
      W.putBits(V, Pos + B * 8, 8);
  } else {
    W.putBits(V, Pos, Bits);
  }
  if (Kind == 1) { // float
    double D;
    if (Bits == 64) {
      Word Raw = 0;
      for (int K = 0; K < 8; ++K)
        Raw = Raw << 8 | W.Bytes[K];
      std::memcpy(&D, &Raw, 8);
    } else if (Bits == 32) {
      std::uint32_t Raw = 0;
      for (int K = 0; K < 4; ++K)
        Raw = Raw << 8 | W.Bytes[K];
      float F;
      std::memcpy(&F, &Raw, 4);
      D = F;
    } else if (Bits == 16) {
      D = fromHalf(std::uint16_t(W.Bytes[0] << 8 | W.Bytes[1]));
    } else {
      return NoValue;
    }
    if (!std::isfinite(D))
      return NoValue;
    setPos(Ctx, Pos + Bits);
    Word *Hp = P.allocate(2);
    Hp[0] = makeHeader(HeaderKind::Float, 1);
    std::memcpy(Hp + 1, &D, 8);
    return Term::boxed(Hp);
  }
  setPos(Ctx, Pos + Bits);
  // Integer: limbs little-endian from the big-endian bit string.
  std::vector<Word> Limbs((Bits + 63) / 64 + 1, 0);
  for (Word K = 0; K < Bits; ++K) {
    Word Bit = (W.Bytes[K / 8] >> (7 - K % 8)) & 1;
    Word Weight = Bits - 1 - K;
    Limbs[Weight / 64] |= Bit << (Weight % 64);
  }
  bool Negative = (Flags & FlagSigned) && Bits > 0 && (W.Bytes[0] & 0x80);
  if (Negative) {
    // Sign-extend then negate to get the magnitude.
    for (Word K = Bits; K < Limbs.size() * 64; ++K)
      Limbs[K / 64] |= Word(1) << (K % 64);
    unsigned Carry = 1;
    for (Word &L : Limbs) {
      L = ~L;
      Word Sum = L + Carry;
      Carry = Carry && Sum == 0;
      L = Sum;
    }
  }
  return makeInteger(P, Negative, Limbs);
}

bool beamr::interp::bsSkip(Process &, Term Ctx, Term Size, unsigned Unit) {
  BitstringView V = viewBitstring(msOrig(Ctx));
  Word Pos = msPos(Ctx), Bits;
  if (!sizeInBits(Size, Unit, V.BitSize - Pos, Bits))
    return false;
  setPos(Ctx, Pos + Bits);
  return true;
}

bool beamr::interp::bsTestTail(Term Ctx, Word Bits) {
  return viewBitstring(msOrig(Ctx)).BitSize - msPos(Ctx) == Bits;
}

bool beamr::interp::bsTestUnit(Term Ctx, unsigned Unit) {
  return Unit == 0 || (viewBitstring(msOrig(Ctx)).BitSize - msPos(Ctx)) % Unit == 0;
}

bool beamr::interp::bsMatchString(Term Ctx, const unsigned char *Bytes, Word Bits) {
  BitstringView V = viewBitstring(msOrig(Ctx));
  Word Pos = msPos(Ctx);
  if (V.BitSize - Pos < Bits)
    return false;
  for (Word K = 0; K < Bits; ++K)
    if (bitAt(V, Pos + K) != unsigned((Bytes[K / 8] >> (7 - K % 8)) & 1))
      return false;
  setPos(Ctx, Pos + Bits);
  return true;
}

Term beamr::interp::bsGetTail(Process &P, Term Ctx) {
  BitstringView V = viewBitstring(msOrig(Ctx));
  Word Pos = msPos(Ctx);
  if (Pos == 0)
    return msOrig(Ctx);
  return subBitstring(P, msOrig(Ctx), Pos, V.BitSize - Pos);
}

namespace {
/// The command names of OTP 26's bs_match.
struct MatchCommandAtoms {
  Term EnsureAtLeast, EnsureExactly, Integer, Binary, GetTail, Skip, Eq, Signed;
  static const MatchCommandAtoms &get() {
    static const MatchCommandAtoms A = [] {
      auto At = [](const char *N) { return *AtomTable::get().intern(N); };
      return MatchCommandAtoms{At("ensure_at_least"), At("ensure_exactly"), At("integer"),
                               At("binary"),          At("get_tail"),       At("skip"),
                               At("=:="),             At("signed")};
    }();
    return A;
  }
};

/// A bs_match segment's flags: a literal list of atoms (or nil), as the
/// compiler writes them, or a plain flag word (always even, so never
/// cons-tagged).
unsigned matchFlags(Word W) {
  Term T = Term::fromRaw(W);
  if (T.isNil())
    return 0;
  if (!T.isCons())
    return unsigned(W);
  unsigned Flags = 0;
  for (; T.isCons(); T = T.tail()) {
    if (T.head() == MatchCommandAtoms::get().Signed)
      Flags |= FlagSigned;
    else if (T.head() == SegmentAtoms::get().Little || T.head() == SegmentAtoms::get().Native)
      Flags |= FlagLittle;
  }
  return Flags;
}
} // namespace

BsMatchResult beamr::interp::bsMatch(Process &P, Term Ctx, const Word *Cmd, Word N) {
  const MatchCommandAtoms &A = MatchCommandAtoms::get();
  auto Left = [&] { return viewBitstring(msOrig(Ctx)).BitSize - msPos(Ctx); };
  for (Word K = 0; K < N;) {
    Term Op = Term::fromRaw(Cmd[K]);
    auto Has = [&](Word Args) { return K + 1 + Args <= N; };
    if (Op == A.EnsureAtLeast && Has(2)) {
      Word Size = Cmd[K + 1], Unit = Cmd[K + 2], L = Left();
      if (L < Size || (Unit > 1 && (L - Size) % Unit != 0))
        return BsMatchResult::Failed;
      K += 3;
    } else if (Op == A.EnsureExactly && Has(1)) {
      if (Left() != Cmd[K + 1])
        return BsMatchResult::Failed;
      K += 2;
    } else if ((Op == A.Integer || Op == A.Binary) && Has(5)) {
      // Live Flags Size Unit Dst
      Term Size = Term::small(SWord(Cmd[K + 3]));
      Term V = bsGet(P, Op == A.Integer ? 0 : 2, Ctx, Size, unsigned(Cmd[K + 4]), matchFlags(Cmd[K + 2]));
      if (V == NoValue)
        return BsMatchResult::Failed;
      destination(P, Cmd[K + 5]) = V;
      K += 6;
    } else if (Op == A.GetTail && Has(3)) {
      // Live Unit Dst
      destination(P, Cmd[K + 3]) = bsGetTail(P, Ctx);
      K += 4;
    } else if (Op == A.Skip && Has(1)) {
      if (!bsSkip(P, Ctx, Term::small(SWord(Cmd[K + 1])), 1))
        return BsMatchResult::Failed;
      K += 2;
    } else if (Op == A.Eq && Has(3)) {
      // Live Size Value: the next Size bits, unsigned big-endian, are Value.
      Term V = bsGet(P, 0, Ctx, Term::small(SWord(Cmd[K + 2])), 1, 0);
      if (V == NoValue || compareTermsExact(V, makeUnsigned(P, Cmd[K + 3])) != 0)
        return BsMatchResult::Failed;
      K += 4;
    } else {
      return BsMatchResult::Malformed;
    }
  }
  return BsMatchResult::Matched;
}

Term beamr::interp::bsPosition(Term Ctx) { return Term::small(SWord(msPos(Ctx))); }
void beamr::interp::bsSetPosition(Term Ctx, Term Pos) { setPos(Ctx, Word(Pos.smallValue())); }

Term beamr::interp::bsGetUtf(Process &, Term Ctx, unsigned Width, unsigned Flags, bool Skip) {
  BitstringView V = viewBitstring(msOrig(Ctx));
  Word Pos = msPos(Ctx), Left = V.BitSize - Pos;
  auto Byte = [&](Word K) {
    unsigned B = 0;
    for (Word J = 0; J < 8; ++J)
      B = B << 1 | bitAt(V, Pos + K * 8 + J);
    return B;
  };
  bool Little = Flags & (FlagLittle | FlagNative); // native: this machine is little-endian
  SWord C;
  Word Used;
  if (Width == 8) {
    if (Left < 8)
      return NoValue;
    unsigned B0 = Byte(0);
    unsigned N = B0 < 0x80 ? 1 : (B0 & 0xE0) == 0xC0 ? 2 : (B0 & 0xF0) == 0xE0 ? 3
                                : (B0 & 0xF8) == 0xF0 ? 4 : 0;
    if (!N || Left < N * 8)
      return NoValue;
    C = N == 1 ? B0 : N == 2 ? (B0 & 0x1F) : N == 3 ? (B0 & 0x0F) : (B0 & 0x07);
    for (unsigned K = 1; K < N; ++K) {
      unsigned B = Byte(K);
      if ((B & 0xC0) != 0x80)
        return NoValue;
      C = C << 6 | (B & 0x3F);
    }
    static const SWord Min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (C < Min[N] || C > 0x10FFFF || (C >= 0xD800 && C <= 0xDFFF))
      return NoValue;
    Used = N * 8;
  } else if (Width == 16) {
    if (Left < 16)
      return NoValue;
    auto U16 = [&](Word K) {
      unsigned A = Byte(K), B = Byte(K + 1);
      return Little ? (B << 8 | A) : (A << 8 | B);
    };
    unsigned W1 = U16(0);
    if (W1 >= 0xD800 && W1 <= 0xDBFF) {
      if (Left < 32)
        return NoValue;
      unsigned W2 = U16(2);
      if (W2 < 0xDC00 || W2 > 0xDFFF)
        return NoValue;
      C = 0x10000 + ((SWord(W1) - 0xD800) << 10) + (W2 - 0xDC00);
      Used = 32;
    } else if (W1 >= 0xDC00 && W1 <= 0xDFFF) {
      return NoValue;
    } else {
      C = W1;
      Used = 16;
    }
  } else {
    if (Left < 32)
      return NoValue;
    std::uint32_t U = 0;
    for (Word K = 0; K < 4; ++K)
      U = Little ? (U | std::uint32_t(Byte(K)) << (8 * K)) : (U << 8 | Byte(K));
    C = U;
    if (C > 0x10FFFF || (C >= 0xD800 && C <= 0xDFFF))
      return NoValue;
    Used = 32;
  }
  setPos(Ctx, Pos + Used);
  return Skip ? Term::small(0) : Term::small(C);
}
