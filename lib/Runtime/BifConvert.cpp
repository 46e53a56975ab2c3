//===- lib/Runtime/BifConvert.cpp - Atom, integer and float conversions ---===//
///
/// \file
/// `atom_to_list` and friends, integer and float text in lists and binaries
/// (`float_to_list/2` with every option erl accepts), and the `string`
/// module's `list_to_integer/1` and `list_to_float/1` prefix readers.
//===----------------------------------------------------------------------===//
#include "BifSupport.h"

#include "beamr/Runtime/Arith.h"
#include "beamr/Term/Printer.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace beamr;

//===-- atoms -------------------------------------------------------------===//

/// How `atom_to_binary/2` and `binary_to_atom/2` read their encoding
/// argument: nothing for a bad one.
enum class AtomEncoding { Latin1, Utf8 };
static std::optional<AtomEncoding> atomEncoding(Term E) {
  if (E == atomTerm(atoms::Latin1))
    return AtomEncoding::Latin1;
  if (E == atomTerm(atoms::Utf8) || E == atomTerm(atoms::Unicode))
    return AtomEncoding::Utf8;
  return std::nullopt;
}

/// The atom for UTF-8 `Text`: `badarg` for invalid UTF-8, `system_limit` for
/// more than 255 characters; with `Existing`, `badarg` unless it exists.
static Term atomFromUtf8(Process &P, std::string_view Text, bool Existing) {
  std::optional<std::size_t> Chars = countUtf8Characters(Text);
  if (!Chars)
    return P.badarg();
  if (*Chars > AtomTable::MaxCharacters)
    return P.raiseError(atoms::SystemLimit);
  std::optional<Term> A = Existing ? AtomTable::get().lookup(Text) : AtomTable::get().intern(Text);
  if (!A)
    return Existing ? P.badarg() : P.raiseError(atoms::SystemLimit);
  return *A;
}

static std::string latin1ToUtf8(std::string_view Latin1) {
  std::string Out;
  for (unsigned char C : Latin1)
    appendUtf8(Out, C);
  return Out;
}

static Term atomFromList(Process &P, Term List, bool Existing) {
  std::optional<std::u32string> Chars = listToCodePoints(List);
  if (!Chars)
    return P.badarg();
  std::string Utf8;
  for (char32_t C : *Chars)
    appendUtf8(Utf8, C);
  return atomFromUtf8(P, Utf8, Existing);
}

static Term atomFromBinary(Process &P, Term Bin, Term Encoding, bool Existing) {
  std::optional<AtomEncoding> E = atomEncoding(Encoding);
  std::optional<std::string> Bytes = binaryBytes(Bin);
  if (!E || !Bytes)
    return P.badarg();
  return atomFromUtf8(P, *E == AtomEncoding::Latin1 ? latin1ToUtf8(*Bytes) : *Bytes, Existing);
}

static Term atomToBinary(Process &P, Term Atom, Term Encoding) {
  std::optional<AtomEncoding> E = atomEncoding(Encoding);
  if (!Atom.isAtom() || !E)
    return P.badarg();
  std::string_view Name = AtomTable::get().name(Atom);
  if (*E == AtomEncoding::Utf8)
    return makeBinaryTerm(P, Name);
  std::optional<std::u32string> Chars = decodeUtf8(Name);
  std::string Latin1;
  for (char32_t C : *Chars) {
    if (C > 255)
      return P.badarg();
    Latin1.push_back(char(C));
  }
  return makeBinaryTerm(P, Latin1);
}

namespace beamr::bifs {

Term atom_to_list_1(Process &P, const Term *Args) {
  if (!Args[0].isAtom())
    return P.badarg();
  std::optional<std::u32string> Chars = decodeUtf8(AtomTable::get().name(Args[0]));
  return makeCodePointList(P, *Chars);
}

Term list_to_atom_1(Process &P, const Term *Args) { return atomFromList(P, Args[0], false); }
Term list_to_existing_atom_1(Process &P, const Term *Args) {
  return atomFromList(P, Args[0], true);
}
Term atom_to_binary_1(Process &P, const Term *Args) {
  return atomToBinary(P, Args[0], atomTerm(atoms::Utf8));
}
Term atom_to_binary_2(Process &P, const Term *Args) { return atomToBinary(P, Args[0], Args[1]); }
Term binary_to_atom_1(Process &P, const Term *Args) {
  return atomFromBinary(P, Args[0], atomTerm(atoms::Utf8), false);
}
Term binary_to_atom_2(Process &P, const Term *Args) {
  return atomFromBinary(P, Args[0], Args[1], false);
}
Term binary_to_existing_atom_1(Process &P, const Term *Args) {
  return atomFromBinary(P, Args[0], atomTerm(atoms::Utf8), true);
}
Term binary_to_existing_atom_2(Process &P, const Term *Args) {
  return atomFromBinary(P, Args[0], Args[1], true);
}

//===-- integers ----------------------------------------------------------===//

static std::optional<unsigned> base(Term B) {
  if (!B.isSmall() || B.smallValue() < 2 || B.smallValue() > 36)
    return std::nullopt;
  return unsigned(B.smallValue());
}

static Term integerText(Process &P, Term I, Term Base, bool AsBinary) {
  std::optional<unsigned> B = base(Base);
  if (!I.isInteger() || !B)
    return P.badarg();
  std::string Text = integerToText(I, *B);
  return AsBinary ? makeBinaryTerm(P, Text) : makeByteListTerm(P, Text);
}

static Term readInteger(Process &P, std::optional<std::string> Text, Term Base) {
  std::optional<unsigned> B = base(Base);
  if (!Text || !B)
    return P.badarg();
  std::optional<Term> I = textToInteger(P, *Text, *B);
  if (!I)
    return P.badarg();
  return *I == NoValue ? P.raiseError(atoms::SystemLimit) : *I;
}

Term integer_to_list_1(Process &P, const Term *Args) {
  return integerText(P, Args[0], Term::small(10), false);
}
Term integer_to_list_2(Process &P, const Term *Args) {
  return integerText(P, Args[0], Args[1], false);
}
Term integer_to_binary_1(Process &P, const Term *Args) {
  return integerText(P, Args[0], Term::small(10), true);
}
Term integer_to_binary_2(Process &P, const Term *Args) {
  return integerText(P, Args[0], Args[1], true);
}
Term list_to_integer_1(Process &P, const Term *Args) {
  return readInteger(P, listToLatin1(Args[0]), Term::small(10));
}
Term list_to_integer_2(Process &P, const Term *Args) {
  return readInteger(P, listToLatin1(Args[0]), Args[1]);
}
Term binary_to_integer_1(Process &P, const Term *Args) {
  return readInteger(P, binaryBytes(Args[0]), Term::small(10));
}
Term binary_to_integer_2(Process &P, const Term *Args) {
  return readInteger(P, binaryBytes(Args[0]), Args[1]);
}

//===-- floats ------------------------------------------------------------===//

/// erl formats into a 256-byte buffer and fails when the text does not fit.
constexpr std::size_t FloatTextLimit = 256;

/// Drops trailing zeros of the fraction, keeping one digit after the point.
static void dropTrailingZeros(std::string &Text) {
  std::size_t End = Text.size();
  while (End > 0 && Text[End - 1] == '0')
    --End;
  if (End > 0 && Text[End - 1] == '.')
    ++End;
  Text.resize(End);
}

/// `{decimals, N}`: erl's own digit generation for moderate values (the
/// integer part and the fraction scaled by 10^N, each rounded half away from
/// zero), printf's `%.Nf` beyond.
static std::optional<std::string> fixedText(double F, SWord Decimals, bool Compact) {
  if (Decimals < 0)
    return std::nullopt;
  static constexpr double Pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,
                                     1e7,  1e8,  1e9,  1e10, 1e11, 1e12, 1e13,
                                     1e14, 1e15, 1e16, 1e17, 1e18};
  double Abs = std::fabs(F);
  std::string Out;
  if (Abs > 9007199254740992.0 || Decimals >= 19) {
    char Buf[FloatTextLimit];
    int Len = std::snprintf(Buf, sizeof Buf, "%.*f", int(Decimals), F);
    if (Len < 0 || std::size_t(Len) >= FloatTextLimit)
      return std::nullopt;
    Out.assign(Buf, std::size_t(Len));
    if (Compact)
      dropTrailingZeros(Out);
    return Out;
  }
  std::uint64_t IntPart, FracPart = 0;
  if (Decimals) {
    double IntF = std::floor(Abs);
    double FracF = std::round((Abs - IntF) * Pow10[Decimals]);
    IntPart = std::uint64_t(IntF);
    FracPart = std::uint64_t(FracF);
    if (FracF >= Pow10[Decimals]) {
      ++IntPart;
      FracPart = 0;
    }
  } else {
    IntPart = std::uint64_t(std::llround(Abs));
  }
  if (std::signbit(F))
    Out.push_back('-');
  Out += std::to_string(IntPart);
  if (Decimals) {
    std::string Frac = std::to_string(FracPart);
    Out.push_back('.');
    Out.append(std::size_t(Decimals) - Frac.size(), '0');
    Out += Frac;
    if (Compact)
      dropTrailingZeros(Out);
  }
  return Out;
}

static std::optional<std::string> scientificText(double F, SWord Decimals) {
  char Buf[FloatTextLimit];
  int Len = std::snprintf(Buf, sizeof Buf, "%.*e", int(Decimals), F);
  if (Len < 0 || std::size_t(Len) >= FloatTextLimit)
    return std::nullopt;
  return std::string(Buf, std::size_t(Len));
}

/// The text of `float_to_list(F, Options)`, or nothing for bad arguments.
/// Options are read left to right; the last format option wins.
static std::optional<std::string> floatText(Term F, Term Options) {
  if (!F.isFloat())
    return std::nullopt;
  enum { Scientific, Fixed, Short } Format = Scientific;
  SWord Decimals = 20;
  bool Compact = false;
  for (; Options.isCons(); Options = Options.tail()) {
    Term O = Options.head();
    if (O == atomTerm(atoms::Compact)) {
      Compact = true;
    } else if (O == atomTerm(atoms::Short)) {
      Format = Short;
    } else if (O.isTuple() && O.tupleArity() == 2 && O.tupleElement(1).isSmall() &&
               (O.tupleElement(0) == atomTerm(atoms::Decimals) ||
                O.tupleElement(0) == atomTerm(atoms::Scientific))) {
      Decimals = O.tupleElement(1).smallValue();
      Format = O.tupleElement(0) == atomTerm(atoms::Decimals) ? Fixed : Scientific;
    } else {
      return std::nullopt;
    }
  }
  if (!Options.isNil())
    return std::nullopt;
  double D = F.floatValue();
  switch (Format) {
  case Short: {
    std::string Out;
    writeFloat(Out, D);
    return Out;
  }
  case Fixed:
    return fixedText(D, Decimals, Compact);
  case Scientific:
    return scientificText(D, Decimals);
  }
  return std::nullopt;
}

Term float_to_list_1(Process &P, const Term *Args) {
  std::optional<std::string> Text = floatText(Args[0], Term::nil());
  return Text ? makeByteListTerm(P, *Text) : P.badarg();
}
Term float_to_list_2(Process &P, const Term *Args) {
  std::optional<std::string> Text = floatText(Args[0], Args[1]);
  return Text ? makeByteListTerm(P, *Text) : P.badarg();
}
Term float_to_binary_1(Process &P, const Term *Args) {
  std::optional<std::string> Text = floatText(Args[0], Term::nil());
  return Text ? makeBinaryTerm(P, *Text) : P.badarg();
}
Term float_to_binary_2(Process &P, const Term *Args) {
  std::optional<std::string> Text = floatText(Args[0], Args[1]);
  return Text ? makeBinaryTerm(P, *Text) : P.badarg();
}

static bool isDigit(char C) { return C >= '0' && C <= '9'; }

/// Length of the float syntax erl reads at the start of `S`:
/// [+-]digits[.,]digits([eE][+-]digits)?; zero if there is none.
static std::size_t floatPrefix(std::string_view S, bool AllowComma) {
  std::size_t I = 0;
  if (I < S.size() && (S[I] == '+' || S[I] == '-'))
    ++I;
  std::size_t Start = I;
  while (I < S.size() && isDigit(S[I]))
    ++I;
  if (I == Start || I >= S.size() || !(S[I] == '.' || (AllowComma && S[I] == ',')))
    return 0;
  Start = ++I;
  while (I < S.size() && isDigit(S[I]))
    ++I;
  if (I == Start)
    return 0;
  if (I < S.size() && (S[I] == 'e' || S[I] == 'E')) {
    std::size_t J = I + 1;
    if (J < S.size() && (S[J] == '+' || S[J] == '-'))
      ++J;
    std::size_t ExpStart = J;
    while (J < S.size() && isDigit(S[J]))
      ++J;
    if (J > ExpStart)
      I = J;
  }
  return I;
}

/// The double of text in erl's float syntax, or nothing if it overflows.
static std::optional<double> parseFloat(std::string Text) {
  for (char &C : Text)
    if (C == ',')
      C = '.';
  double D = std::strtod(Text.c_str(), nullptr);
  if (!std::isfinite(D))
    return std::nullopt;
  return D;
}

static Term readFloat(Process &P, std::optional<std::string> Text) {
  if (!Text || floatPrefix(*Text, true) != Text->size() || Text->empty())
    return P.badarg();
  std::optional<double> D = parseFloat(*Text);
  return D ? makeFloat(P, *D) : P.badarg();
}

Term list_to_float_1(Process &P, const Term *Args) {
  return readFloat(P, listToLatin1(Args[0]));
}
Term binary_to_float_1(Process &P, const Term *Args) {
  return readFloat(P, binaryBytes(Args[0]));
}

/// The leading Latin-1 characters of a (possibly improper) list, and the
/// rest after them.
static std::string latin1Prefix(Term List, std::vector<Term> &Cells) {
  std::string Out;
  for (; List.isCons(); List = List.tail()) {
    Term H = List.head();
    if (!H.isSmall() || H.smallValue() < 0 || H.smallValue() > 255)
      break;
    Out.push_back(char(H.smallValue()));
    Cells.push_back(List);
  }
  Cells.push_back(List);
  return Out;
}

/// The rest of a list after `N` characters read by `latin1Prefix`.
static Term restAfter(const std::vector<Term> &Cells, std::size_t N) {
  return N < Cells.size() - 1 ? Cells[N] : Cells.back();
}

Term string_list_to_integer_1(Process &P, const Term *Args) {
  if (!Args[0].isList())
    return makeTuple2(P, atomTerm(atoms::Error), internAtom("not_a_list"));
  std::vector<Term> Cells;
  std::string Text = latin1Prefix(Args[0], Cells);
  std::size_t I = (!Text.empty() && (Text[0] == '+' || Text[0] == '-')) ? 1 : 0;
  std::size_t End = I;
  while (End < Text.size() && isDigit(Text[End]))
    ++End;
  if (End == I)
    return makeTuple2(P, atomTerm(atoms::Error), internAtom("no_integer"));
  std::optional<Term> N = textToInteger(P, std::string_view(Text).substr(0, End), 10);
  if (*N == NoValue)
    return P.raiseError(atoms::SystemLimit);
  return makeTuple2(P, *N, restAfter(Cells, End));
}

Term string_list_to_float_1(Process &P, const Term *Args) {
  if (!Args[0].isList())
    return makeTuple2(P, atomTerm(atoms::Error), internAtom("not_a_list"));
  std::vector<Term> Cells;
  std::string Text = latin1Prefix(Args[0], Cells);
  std::size_t End = floatPrefix(Text, false);
  if (End == 0)
    return makeTuple2(P, atomTerm(atoms::Error), internAtom("no_float"));
  std::optional<double> D = parseFloat(Text.substr(0, End));
  if (!D)
    return makeTuple2(P, atomTerm(atoms::Error), atomTerm(atoms::Badarg));
  return makeTuple2(P, makeFloat(P, *D), restAfter(Cells, End));
}

} // namespace beamr::bifs
